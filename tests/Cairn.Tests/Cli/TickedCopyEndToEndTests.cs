using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

/// <summary>
/// A task ticked in Obsidian on its copy in a People or Company note (not through <c>cairn done</c>) is the task done
/// (issue #15): the next rebuild, or the next ingest that refreshes that note, ticks the meeting's task, so every copy
/// and <c>cairn tasks</c> agree.
/// </summary>
public sealed class TickedCopyEndToEndTests : IDisposable
{
    private const string Kickoff = "Northwind kickoff\n\nPriya Raman: We want the pilot to start in December.\nPriya Raman: I will send the rack plan by Friday.\nJason Vallery: I will send the pilot plan to Priya by Monday.\n";

    private readonly TempDirectory vault = new();

    public void Dispose() => vault.Dispose();

    [Theory]
    [InlineData("People/Priya Raman.md")]
    [InlineData("Companies/Northwind.md")]
    public void A_copy_ticked_in_obsidian_ticks_its_meeting_on_the_next_rebuild(string copy)
    {
        Ingest("2026-11-17 - Northwind kickoff.txt", Kickoff);
        TickInObsidian(copy);

        var dry = CliRunner.Run("rebuild", "--vault", vault.Path, "--dry-run");
        var rebuild = CliRunner.Run("rebuild", "--vault", vault.Path);

        Assert.Equal(0, rebuild.ExitCode);
        Assert.Contains("; 1 meeting note(s) got a tick made on a copy", rebuild.Stdout, StringComparison.Ordinal);
        Assert.Contains("+- [x] Send the rack plan @Priya Raman", dry.Stdout, StringComparison.Ordinal);
        var ticked = Assert.Single(File.ReadAllLines(Meeting()), l => l.Contains("Send the rack plan @Priya Raman", StringComparison.Ordinal));
        Assert.StartsWith("- [x] ", ticked, StringComparison.Ordinal);
        Assert.EndsWith("✅ 2026-11-18", ticked, StringComparison.Ordinal);
        Assert.DoesNotContain("rack plan", CliRunner.Run("tasks", "--vault", vault.Path, "--json").Stdout, StringComparison.Ordinal);
        Assert.All(EntityNotes(), n => Assert.DoesNotContain("- [ ] Send the rack plan", File.ReadAllText(n), StringComparison.Ordinal));
        Assert.All(EntityNotes(), n => Assert.DoesNotContain("[!cairn]", File.ReadAllText(n), StringComparison.Ordinal));
        Assert.Equal(0, CliRunner.Run("undo", "--vault", vault.Path).ExitCode);
        Assert.Contains("- [ ] Send the rack plan @Priya Raman", File.ReadAllText(Meeting()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_ticked_in_obsidian_ticks_its_meeting_when_an_ingest_refreshes_the_note()
    {
        Ingest("2026-11-17 - Northwind kickoff.txt", Kickoff);
        TickInObsidian("People/Priya Raman.md");

        Ingest("2026-11-19 - Northwind pricing.txt", "Northwind pricing\n\nPriya Raman: We need the price list.\nPriya Raman: I will confirm the seat count by Monday.\n");

        Assert.Contains("- [x] Send the rack plan @Priya Raman", File.ReadAllText(Meeting()), StringComparison.Ordinal);
        Assert.DoesNotContain("- [ ] Send the rack plan", File.ReadAllText(System.IO.Path.Combine(vault.Path, "Companies", "Northwind.md")), StringComparison.Ordinal);
    }

    /// <summary>What the Tasks plugin writes when the box is clicked: an x and the done date.</summary>
    private void TickInObsidian(string copy)
    {
        var path = System.IO.Path.Combine(vault.Path, copy);
        var lines = File.ReadAllLines(path);
        var at = Array.FindIndex(lines, l => l.StartsWith("- [ ] Send the rack plan", StringComparison.Ordinal));
        Assert.True(at >= 0, copy);
        lines[at] = "- [x]" + lines[at][5..] + " ✅ 2026-11-18";
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    private void Ingest(string name, string text)
    {
        if (!Directory.Exists(System.IO.Path.Combine(vault.Path, ".cairn")))
        {
            Assert.Equal(0, CliRunner.Run("init", "--vault", vault.Path, "--owner", "Jason Vallery").ExitCode);
        }

        File.WriteAllText(System.IO.Path.Combine(vault.Path, "Inbox", name), text);
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);
    }

    private string Meeting() => System.IO.Path.Combine(vault.Path, "Meetings", "Northwind", "2026-11-17 - Northwind kickoff.md");

    private string[] EntityNotes() =>
        new[] { "People", "Companies" }.SelectMany(f => Directory.GetFiles(System.IO.Path.Combine(vault.Path, f), "*.md")).ToArray();
}
