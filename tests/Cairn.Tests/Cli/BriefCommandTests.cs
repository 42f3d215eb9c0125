using System.Text.Json;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

public sealed class BriefCommandTests : IDisposable
{
    private const string PriyaBrief = "Briefs/2025-11-20 - Brief Priya Raman.md";

    private readonly TestVault vault = TestVault.Standard();

    public void Dispose() => vault.Dispose();

    [Fact]
    public void A_person_brief_splits_what_they_owe_from_what_we_owe_with_days_since_last_spoke()
    {
        var brief = Json("brief", "priya");

        Assert.Equal("Priya Raman", brief.GetProperty("name").GetString());
        Assert.Equal("2025-11-17", brief.GetProperty("last_contact").GetString());
        Assert.Equal(3, brief.GetProperty("days_since").GetInt32());
        Assert.Equal([TestVault.AcmeCheckIn, TestVault.AcmeKickoff], Strings(brief, "meetings", "path"));
        Assert.Equal(["Share the cluster sizes", "Book the architecture review"], Strings(brief, "they_owe", "text"));
        Assert.Equal(["Send the pilot plan to Priya", "Review weekly metrics"], Strings(brief, "we_owe", "text"));
        Assert.Equal([true, false], brief.GetProperty("they_owe").EnumerateArray().Select(t => t.GetProperty("overdue").GetBoolean()));
        Assert.Equal(["What budget does Acme have for next year?"], Strings(brief, "open_questions", "text"));
        Assert.Equal(["Extend the pilot to the vision team.", "Run the pilot for three weeks."], Strings(brief, "decisions", "text"));
        Assert.Equal(["The vision team needs GPU direct storage.", "Acme must keep data on premises.", "Priya runs ML infrastructure at Acme."], Strings(brief, "key_facts", "text"));
        Assert.Contains("Storage pilot", brief.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void An_account_brief_counts_its_people_and_attendees_in_its_meetings_but_not_a_colleagues_other_tasks()
    {
        // Ann goes to Acme's and Globex's meetings: a colleague, not one of Acme's people.
        vault.Write("Meetings/Acme/2025-11-18 - Acme billing.md", TestVault.Meeting("Acme billing", "2025-11-18", "Acme", ["Ann Lee", "Jason Vallery"],
            "Billing for the pilot.", ["- [ ] Fix the invoice address @Ann Lee #task", "- [ ] Send the revised quote @Jason Vallery 📅 2025-11-19 #task"], [], []));
        vault.Write("Meetings/Globex/2025-11-19 - Globex check.md", TestVault.Meeting("Globex check", "2025-11-19", "Globex", ["Ann Lee", "Tom Becker"],
            "Check-in.", ["- [ ] Draft the Globex renewal @Ann Lee #task"], [], []));

        var brief = Json("brief", "Acme", "Corp");

        Assert.Equal("company", brief.GetProperty("kind").GetString());
        Assert.Equal(2, brief.GetProperty("days_since").GetInt32());
        Assert.Equal(["Share the cluster sizes", "Book the architecture review", "Fix the invoice address"], Strings(brief, "they_owe", "text"));
        Assert.Equal(["Send the pilot plan to Priya", "Send the revised quote", "Review weekly metrics"], Strings(brief, "we_owe", "text"));
        Assert.Equal([true, true, false], brief.GetProperty("we_owe").EnumerateArray().Select(t => t.GetProperty("overdue").GetBoolean()));
    }

    [Fact]
    public void A_colleague_in_an_accounts_meeting_who_has_a_one_on_one_is_not_one_of_its_people()
    {
        // Marcus goes to Acme's meetings and to his own 1:1 (account "Marcus Lee"): a colleague; his 1:1 task is not Acme's.
        vault.Write("Meetings/Acme/2025-11-18 - Acme pricing.md", TestVault.Meeting("Acme pricing", "2025-11-18", "Acme", ["Priya Raman", "Marcus Lee"],
            "Pricing.", [], [], []));
        vault.Write("Meetings/1-1/2025-11-19 - 1-1 with Marcus.md", TestVault.Meeting("1:1 with Marcus", "2025-11-19", "Marcus Lee", ["Jason Vallery", "Marcus Lee"],
            "Quote.", ["- [ ] Prepare the revised Acme quote @Marcus Lee #task"], [], []).Replace("type: \"customer\"", "type: \"one-on-one\"", StringComparison.Ordinal));

        var brief = Json("brief", "Acme");

        Assert.Equal(["Share the cluster sizes", "Book the architecture review"], Strings(brief, "they_owe", "text"));
    }

    [Fact]
    public void Source_lines_stay_out_of_key_facts_and_a_fact_the_entity_note_repeats_from_a_meeting_shows_once()
    {
        var meeting = TestVault.Meeting("Acme sizing", "2025-11-19", "Acme", ["Priya Raman", "Jason Vallery"], "Sizing.", [], [],
            ["The cluster has 900 nodes."]).Replace("## Related", "---\n\n*Source: [[Inbox/_archive/2025-11-19/sizing.txt|sizing]]*\n\n## Related", StringComparison.Ordinal);
        vault.Write("Meetings/Acme/2025-11-19 - Acme sizing.md", meeting);
        vault.Write(TestVault.Priya, TestVault.Entity("people", "Priya Raman", "2025-11-19", ["Priya"], string.Empty,
            "- The cluster has 900 nodes. ([[2025-11-19 - Acme sizing|2025-11-19]])\n- Priya runs ML infrastructure at Acme."));

        var facts = Json("brief", "Priya").GetProperty("key_facts").EnumerateArray().ToList();

        Assert.DoesNotContain(facts, f => f.GetProperty("text").GetString()!.Contains("Source", StringComparison.Ordinal));
        var nodes = Assert.Single(facts, f => f.GetProperty("text").GetString()!.Contains("900 nodes", StringComparison.Ordinal));
        Assert.Equal("The cluster has 900 nodes.", nodes.GetProperty("text").GetString());
        Assert.Contains(facts, f => f.GetProperty("text").GetString() == "Priya runs ML infrastructure at Acme.");
    }

    [Fact]
    public void An_unknown_name_is_a_one_line_error_with_close_names()
    {
        var result = CliRunner.Run("brief", "Priyaa", "--vault", vault.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: no person or account named 'Priyaa'; did you mean 'Priya Raman'?", result.Stderr.Trim());
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void The_terminal_view_has_every_section_and_marks_overdue_tasks()
    {
        var result = CliRunner.Run("brief", "Priya Raman", "--vault", vault.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Last spoke: 2025-11-17 (3 days ago)", result.Stdout);
        foreach (var heading in new[] { "Recent meetings", "They owe us", "We owe them", "Key facts", "Decisions", "Open questions", "Topics" })
        {
            Assert.Contains(heading, result.Stdout);
        }

        Assert.Contains("2025-11-12 overdue", result.Stdout);
    }

    [Fact]
    public void Write_saves_the_brief_and_links_it_once_leaving_the_rest_of_the_entity_note_alone()
    {
        var before = vault.Read(TestVault.Priya);

        var first = Json("brief", "Priya Raman", "--write");
        var note = vault.Read(PriyaBrief);
        var second = Json("brief", "Priya Raman", "--write");

        Assert.True(first.GetProperty("written").GetProperty("linked").GetBoolean());
        Assert.False(second.GetProperty("written").GetProperty("linked").GetBoolean());
        Assert.False(second.GetProperty("written").GetProperty("changed").GetBoolean());
        Assert.Equal(PriyaBrief, first.GetProperty("written").GetProperty("path").GetString());
        Assert.Equal(before + "\n- [[2025-11-20 - Brief Priya Raman]]\n", vault.Read(TestVault.Priya));
        Assert.Equal(note, vault.Read(PriyaBrief));
        Assert.StartsWith("---\ntype: brief\ntitle: \"Brief Priya Raman\"\ndate: \"2025-11-20\"\nsubject: \"[[Priya Raman]]\"\ntags:\n  - \"type/brief\"\n  - \"generated\"\n---\n", note);
        Assert.Contains("- Share the cluster sizes (@Priya Raman) 📅 2025-11-12 ⚠️ overdue — [[2025-11-03 - Acme kickoff]]", note);
        Assert.DoesNotContain("- [ ]", note);
    }

    [Fact]
    public void Write_adds_a_related_section_when_the_entity_note_has_none_and_the_tasks_list_is_unchanged()
    {
        var tom = "People/Tom Becker.md";
        vault.Write(tom, "---\ntype: people\n---\n\n# Tom Becker\r\n");
        var tasksBefore = CliRunner.Run("tasks", "--vault", vault.Root, "--json").Stdout;

        Assert.Equal(0, CliRunner.Run("brief", "Tom Becker", "--write", "--vault", vault.Root).ExitCode);

        Assert.Equal("---\ntype: people\n---\n\n# Tom Becker\r\n\n## Related\n\n- [[2025-11-20 - Brief Tom Becker]]\r\n", vault.Read(tom));
        Assert.Equal(tasksBefore, CliRunner.Run("tasks", "--vault", vault.Root, "--json").Stdout);
    }

    private static List<string?> Strings(JsonElement element, string array, string property) =>
        [.. element.GetProperty(array).EnumerateArray().Select(e => e.GetProperty(property).GetString())];

    private JsonElement Json(params string[] args)
    {
        var result = CliRunner.Run([.. args, "--vault", vault.Root, "--json"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }
}
