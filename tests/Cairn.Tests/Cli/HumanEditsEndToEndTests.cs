using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

/// <summary>
/// DESIGN.md invariant 2 through the real commands: what a person did to a meeting note or an entity note (a
/// generated line deleted, a line edited, a task ticked, text added) is still so after a duplicate source of the
/// same meeting is ingested and after <c>cairn rebuild</c>; where Cairn and the person changed the same line,
/// the person's line stays and Cairn's follows in a <c>[!cairn]</c> callout.
/// </summary>
public sealed class HumanEditsEndToEndTests : IDisposable
{
    private const string Kickoff =
        "Fabrikam pilot kickoff\nDate: 2025-11-03\n\nHannah Okafor: Welcome everyone to the Fabrikam pilot kickoff.\n"
        + "Luis Romero: I'll send the security questionnaire by Friday.\nJason Vallery: I'll draft the pilot plan.\n"
        + "Hannah Okafor: We decided to run a four-week pilot.\nHannah Okafor: Budget is approved for up to 2 petabytes.\n";

    private const string Recap =
        "Fabrikam pilot kickoff recap\nDate: 2025-11-03\n\nJason Vallery: Recap of the Fabrikam pilot kickoff.\n"
        + "Hannah Okafor: I'll book the racks for the pilot.\nLuis Romero: We decided to run a four-week pilot.\n";

    private readonly string vault = Path.Combine(Path.GetTempPath(), "cairn-edits-" + Guid.NewGuid().ToString("N"));

    public HumanEditsEndToEndTests()
    {
        Assert.Equal(0, CliRunner.Run("init", "--vault", vault, "--owner", "Jason Vallery").ExitCode);
        Ingest("kickoff.txt", Kickoff);
    }

    public void Dispose() => Directory.Delete(vault, recursive: true);

    private string MeetingNote => Directory.GetFiles(Path.Combine(vault, "Meetings"), "*Fabrikam pilot kickoff.md", SearchOption.AllDirectories).Single();

    private string Hannah => Path.Combine(vault, "People", "Hannah Okafor.md");

    [Fact]
    public void Edits_in_meeting_and_entity_notes_survive_a_duplicate_source_and_a_rebuild()
    {
        Edit(MeetingNote, text => text
            .Replace("- We decided to run a four-week pilot. — Hannah Okafor\n", string.Empty, StringComparison.Ordinal)
            .Replace("up to 2 petabytes.", "up to 3 petabytes (corrected).", StringComparison.Ordinal)
            .Replace("- [ ] Send the security questionnaire", "- [x] Send the security questionnaire", StringComparison.Ordinal)
            .Replace("## Action Items\n", "My own summary note.\n\n## Action Items\n", StringComparison.Ordinal));
        Edit(Hannah, text => text
            .Replace("- ✅ We decided to run a four-week pilot. — Hannah Okafor", "- ✅ We decided to run a four-week pilot (not final!).", StringComparison.Ordinal)
            .Replace("- [[Luis Romero]]\n", string.Empty, StringComparison.Ordinal)
            .Replace("## Key Facts\n", "## Key Facts\n\nPrefers email to calls.\n", StringComparison.Ordinal));

        // The recap repeats the deleted decision, said by the person who made it (see the test below for someone else).
        var recap = Ingest("recap.txt", Recap.Replace("Luis Romero: We decided", "Hannah Okafor: We decided", StringComparison.Ordinal));
        var rebuild = CliRunner.Run("rebuild", "--vault", vault);

        Assert.Contains("\"updated\"", recap, StringComparison.Ordinal);
        Assert.Equal(0, rebuild.ExitCode);
        var meeting = File.ReadAllText(MeetingNote);
        Assert.DoesNotContain("- We decided to run a four-week pilot.", meeting, StringComparison.Ordinal);
        Assert.Contains("- Budget is approved for up to 3 petabytes (corrected).", meeting, StringComparison.Ordinal);
        Assert.DoesNotContain("up to 2 petabytes", meeting, StringComparison.Ordinal);
        Assert.Contains("- [x] Send the security questionnaire", meeting, StringComparison.Ordinal);
        Assert.Contains("My own summary note.", meeting, StringComparison.Ordinal);
        Assert.Contains("Book the racks for the pilot", meeting, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("recap.txt", meeting, StringComparison.Ordinal);
        var hannah = File.ReadAllText(Hannah);
        Assert.Contains("(not final!)", hannah, StringComparison.Ordinal);
        Assert.DoesNotContain("- [[Luis Romero]]", hannah, StringComparison.Ordinal);
        Assert.Contains("Prefers email to calls.", hannah, StringComparison.Ordinal);
        Assert.Contains("ook the racks for the pilot", hannah, StringComparison.Ordinal);
        Assert.DoesNotContain("[!cairn]", meeting + hannah, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_decision_restated_by_someone_else_is_only_suggested_never_put_back()
    {
        Edit(MeetingNote, text => text.Replace("- We decided to run a four-week pilot. — Hannah Okafor\n", string.Empty, StringComparison.Ordinal));

        Ingest("recap.txt", Recap); // Luis Romero: "We decided to run a four-week pilot."

        // A decision line names who made it; the same decision from another maker is a changed line, so the
        // person's deletion stands and Cairn's new line waits in its callout.
        var meeting = File.ReadAllText(MeetingNote);
        var decisions = meeting[meeting.IndexOf("## Decisions", StringComparison.Ordinal)..meeting.IndexOf("## Key Information", StringComparison.Ordinal)];
        Assert.DoesNotContain("\n- We decided to run a four-week pilot.", decisions, StringComparison.Ordinal);
        Assert.Contains("> - We decided to run a four-week pilot. — Luis Romero", meeting, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_both_changed_the_same_line_the_person_keeps_theirs_and_cairn_suggests_its_own()
    {
        Edit(MeetingNote, text => text.Replace("|kickoff]]*", "|kickoff]] (the recording)*", StringComparison.Ordinal));
        Edit(Hannah, text => text.Replace("- **Meetings**: 1, ", "- **Meetings**: 1 and a dinner, ", StringComparison.Ordinal));

        Ingest("recap.txt", Recap);
        Ingest("racks.txt", "Rack review\nDate: 2025-11-10\n\nHannah Okafor: The racks are ready.\nJason Vallery: Great, thanks.\n");

        var meeting = File.ReadAllText(MeetingNote);
        Assert.Contains("|kickoff]] (the recording)*", meeting, StringComparison.Ordinal);
        Assert.Contains("> [!cairn]", meeting, StringComparison.Ordinal);
        Assert.Contains("> *Source: [[Inbox/_archive/2025-11-03/kickoff.txt|kickoff]], [[Inbox/_archive/2025-11-03/recap.txt|recap]]*", meeting, StringComparison.Ordinal);
        var hannah = File.ReadAllText(Hannah);
        Assert.Contains("- **Meetings**: 1 and a dinner, [[2025-11-03 - ", hannah, StringComparison.Ordinal);
        Assert.Contains("> [!cairn]", hannah, StringComparison.Ordinal);
        Assert.Contains("> - **Meetings**: 2, first [[2025-11-03 - ", hannah, StringComparison.Ordinal);
    }

    private string Ingest(string name, string text)
    {
        File.WriteAllText(Path.Combine(vault, "Inbox", name), text);
        var result = CliRunner.Run("ingest", "--vault", vault, "--json");
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        return result.Stdout;
    }

    private static void Edit(string file, Func<string, string> edit)
    {
        var before = File.ReadAllText(file);
        var after = edit(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(file, after);
    }
}
