using System.Text.Json;
using Cairn.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Cli;

/// <summary>
/// History and the Inbox tell the truth (issue #15): a run is listed when it did something, a duplicate leaves the
/// Inbox once, an undo puts everything back (beside a same-named file, with no empty folder left), and a dry run
/// shows what the run writes.
/// </summary>
public sealed class HistoryAndInboxEndToEndTests : IDisposable
{
    private const string Kickoff = "Northwind kickoff\n\nPriya Raman: We want the pilot.\nJason Vallery: I'll send the Northwind sizing by Friday.\n";

    private readonly TempDirectory vault = new();

    public void Dispose() => vault.Dispose();

    [Fact]
    public void A_duplicate_is_set_aside_once_and_runs_that_did_nothing_are_not_history()
    {
        Init();
        Assert.Equal(0, Ingest().ExitCode);
        Drop("2026-11-17 - kickoff.txt", Kickoff);
        Assert.Equal(0, Ingest().ExitCode);
        Drop("kickoff again.txt", Kickoff);

        var duplicate = Ingest();
        var after = Ingest();

        Assert.Equal(0, duplicate.ExitCode);
        Assert.Contains(
            "Inbox/kickoff again.txt -> skipped: already ingested (same content as Inbox/_archive/2026-11-17/2026-11-17 - kickoff.txt); moved to Inbox/_duplicates/kickoff again.txt",
            duplicate.Stdout,
            StringComparison.Ordinal);
        Assert.Equal(Kickoff, File.ReadAllText(Path.Combine(vault.Path, "Inbox", "_duplicates", "kickoff again.txt")));
        Assert.Empty(Directory.GetFiles(Path.Combine(vault.Path, "Inbox")));
        Assert.Contains("Nothing to ingest", after.Stdout, StringComparison.Ordinal);
        // The two runs of an empty Inbox did nothing: only the ingest and the setting aside are history.
        var runs = Runs();
        Assert.Equal(2, runs.Count);
        Assert.Equal((0, 1), (runs[0].GetProperty("sources").GetInt32(), runs[0].GetProperty("moved").GetInt32()));
        Assert.Equal(1, runs[1].GetProperty("sources").GetInt32());
    }

    [Fact]
    public void A_duplicate_in_the_same_run_is_set_aside_beside_its_first_copy_archived()
    {
        Init();
        Drop("2026-11-17 - kickoff.txt", Kickoff);
        Drop("2026-11-17 - kickoff_copy.txt", Kickoff);

        var result = Ingest();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("kickoff_copy.txt -> skipped: already ingested (same content as Inbox/_archive/2026-11-17/2026-11-17 - kickoff.txt); moved to Inbox/_duplicates/", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(vault.Path, "Inbox")));
    }

    [Fact]
    public void Undo_puts_an_archived_source_back_beside_a_same_named_copy_and_leaves_no_empty_folder()
    {
        Init();
        Drop("2026-11-17 - kickoff.txt", Kickoff);
        var time = new FakeTimeProvider(CliRunner.PinnedNow);
        Assert.Equal(0, CliRunner.Run(time, "ingest", "--vault", vault.Path).ExitCode);
        var finished = Runs()[0].GetProperty("finished").GetString();
        // The same export downloaded again, under the same name, not ingested yet.
        Drop("2026-11-17 - kickoff.txt", Kickoff);
        time.Advance(TimeSpan.FromHours(2));

        var undo = CliRunner.Run(time, "undo", "--vault", vault.Path);

        Assert.Equal(0, undo.ExitCode);
        Assert.Equal("", undo.Stderr);
        Assert.Equal(
            ["2026-11-17 - kickoff (2).txt", "2026-11-17 - kickoff.txt"],
            Directory.GetFiles(Path.Combine(vault.Path, "Inbox")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetDirectories(Path.Combine(vault.Path, "Inbox", "_archive")));
        Assert.Empty(Directory.GetDirectories(Path.Combine(vault.Path, "Meetings")));
        var run = Runs()[0];
        Assert.Equal("undone", run.GetProperty("status").GetString());
        // Finished is when the run finished, not when it was undone.
        Assert.Equal(finished, run.GetProperty("finished").GetString());
    }

    [Fact]
    public void Undoing_the_setting_aside_then_the_ingest_brings_both_copies_back()
    {
        Init();
        Drop("2026-11-17 - kickoff.txt", Kickoff);
        Assert.Equal(0, Ingest().ExitCode);
        Drop("2026-11-17 - kickoff.txt", Kickoff);
        Assert.Equal(0, Ingest().ExitCode);

        Assert.Equal(0, CliRunner.Run("undo", "--vault", vault.Path).ExitCode);
        var second = CliRunner.Run("undo", "--vault", vault.Path);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(vault.Path, "Inbox")).Length);
        Assert.DoesNotContain(
            Directory.GetDirectories(Path.Combine(vault.Path, "Inbox"), "*", SearchOption.AllDirectories),
            d => Directory.GetFileSystemEntries(d).Length == 0 && Path.GetFileName(d) is not ("_archive" or "_failed"));
    }

    [Fact]
    public void Rebuild_dry_run_shows_what_the_rebuild_writes_keeping_the_persons_edits()
    {
        Init();
        Drop("2026-11-17 - kickoff.txt", Kickoff);
        Assert.Equal(0, Ingest().ExitCode);
        var priya = Path.Combine(vault.Path, "People", "Priya Raman.md");
        var text = File.ReadAllText(priya);
        Assert.Contains("- [[Jason Vallery]]\n", text, StringComparison.Ordinal);
        File.WriteAllText(priya, text.Replace("## Key Facts\n", "## Key Facts\n\n- Prefers email (my note)\n", StringComparison.Ordinal)
            .Replace("- [[Jason Vallery]]\n", "", StringComparison.Ordinal));
        var meeting = Directory.GetFiles(Path.Combine(vault.Path, "Meetings"), "*.md", SearchOption.AllDirectories).Single();
        File.WriteAllText(meeting, File.ReadAllText(meeting).Replace("Kickoff with", "Pilot kickoff with", StringComparison.Ordinal));

        var dry = CliRunner.Run("rebuild", "--vault", vault.Path, "--dry-run");
        var before = File.ReadAllText(priya);
        var real = CliRunner.Run("rebuild", "--vault", vault.Path);

        Assert.Equal(0, dry.ExitCode);
        Assert.DoesNotContain("-- Prefers email (my note)", dry.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("+- [[Jason Vallery]]", dry.Stdout, StringComparison.Ordinal);
        var changed = File.ReadAllText(priya).Split('\n').Except(before.Split('\n')).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, line => Assert.Contains("+" + line + "\n", dry.Stdout, StringComparison.Ordinal));
        var count = dry.Stdout.Split('\n').Single(l => l.EndsWith(" entity notes would change", StringComparison.Ordinal)).Split(' ')[0];
        Assert.Contains($"{count} entity notes rewritten", real.Stdout, StringComparison.Ordinal);
    }

    private List<JsonElement> Runs()
    {
        var history = CliRunner.Run("history", "--vault", vault.Path, "--json");
        Assert.Equal(0, history.ExitCode);
        return [.. JsonDocument.Parse(history.Stdout).RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private CliResult Ingest() => CliRunner.Run("ingest", "--vault", vault.Path);

    private void Init() => Assert.Equal(0, CliRunner.Run("init", "--vault", vault.Path, "--owner", "Jason Vallery").ExitCode);

    private void Drop(string name, string text) => File.WriteAllText(Path.Combine(vault.Path, "Inbox", name), text);
}
