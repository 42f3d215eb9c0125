using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Cli;

/// <summary>
/// The real CLI killed (SIGKILL, in a child process) right after each of many vault operations, then run again:
/// the vault must equal what one uninterrupted run makes. Kill points are operation counts, never sleeps.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int Sources = 6;
    private const int KilledBySignal = 137;
    private readonly TempDirectory temp = new();

    [Fact]
    public void An_ingest_killed_at_any_point_and_run_again_equals_one_uninterrupted_run()
    {
        var (expected, operations) = CleanIngest("clean");
        // Each source writes its meeting note, then moves itself to the archive; the entity notes come after.
        var points = CrashHarness.KillPoints(operations, 8, Sources * 2 - 1, Sources * 2, Sources * 2 + 1);
        foreach (var killAfter in points)
        {
            var vault = NewVault($"kill-{killAfter}");
            var killed = CrashHarness.RunChild(killAfter, "ingest", "--vault", vault);
            Assert.True(killed.ExitCode == KilledBySignal, $"kill after {killAfter}: exit {killed.ExitCode}\n{killed.Stderr}");

            var rerun = CliRunner.Run("ingest", "--vault", vault);

            Assert.True(rerun.ExitCode == 0, $"kill after {killAfter}: rerun exit {rerun.ExitCode}\n{rerun.Stdout}{rerun.Stderr}");
            var differences = CrashHarness.Differences(expected, CrashHarness.Snapshot(vault));
            Assert.True(differences.Length == 0, $"kill after {killAfter} of {operations}:\n{differences}");
        }
    }

    [Fact]
    public void A_rebuild_makes_what_ingest_made_even_after_a_kill()
    {
        var (expected, _) = CleanIngest("clean");
        var clean = temp.Combine("clean");
        Assert.Contains("0 entity notes rewritten", CliRunner.Run("rebuild", "--vault", clean).Stdout, StringComparison.Ordinal);
        DeleteEntityNotes(clean);
        var (rebuilt, operations) = CrashHarness.RunCounted("rebuild", "--vault", clean);
        Assert.Equal(0, rebuilt.ExitCode);
        Assert.Equal(string.Empty, CrashHarness.Differences(expected, CrashHarness.Snapshot(clean)));
        Assert.True(operations > 5, $"{operations} operations");

        foreach (var killAfter in CrashHarness.KillPoints(operations, 3))
        {
            var vault = NewVault($"rebuild-{killAfter}");
            Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault).ExitCode);
            DeleteEntityNotes(vault);
            Assert.Equal(KilledBySignal, CrashHarness.RunChild(killAfter, "rebuild", "--vault", vault).ExitCode);

            Assert.Equal(0, CliRunner.Run("rebuild", "--vault", vault).ExitCode);

            Assert.Equal(string.Empty, CrashHarness.Differences(expected, CrashHarness.Snapshot(vault)));
        }
    }

    [Fact]
    public async Task An_ingest_that_finds_the_vault_busy_says_it_waits_and_runs_once_the_lock_is_free()
    {
        var vault = NewVault("busy");
        var held = VaultLock.Acquire(vault);
        using var child = CrashHarness.Start(null, "ingest", "--vault", vault, "--json");
        var stdout = child.StandardOutput.ReadToEndAsync();
        var waiting = await child.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));

        held.Dispose();

        await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains("waiting up to 5 s for the vault", waiting, StringComparison.Ordinal);
        Assert.Contains($"pid {Environment.ProcessId}", waiting, StringComparison.Ordinal);
        Assert.Equal(0, child.ExitCode);
        Assert.DoesNotContain("\"failed\"", await stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(vault, "Inbox")));
    }

    [Fact]
    public async Task Two_ingests_at_once_take_each_source_once_and_neither_reports_the_other_s_sources_failed()
    {
        var (expected, _) = CleanIngest("clean");
        var vault = NewVault("race");
        using var first = CrashHarness.Start(null, "ingest", "--vault", vault, "--json");
        using var second = CrashHarness.Start(null, "ingest", "--vault", vault, "--json");
        foreach (var process in new[] { first, second })
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
            // On a slow machine the second can give up after the 5 s wait: then it says so and changes nothing.
            Assert.True(process.ExitCode == 0 || stderr.Contains("is busy", StringComparison.Ordinal), await stdout + stderr);
            Assert.DoesNotContain("\"failed\"", await stdout, StringComparison.Ordinal);
        }

        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault).ExitCode);
        Assert.Equal(string.Empty, CrashHarness.Differences(expected, CrashHarness.Snapshot(vault)));
    }

    public void Dispose() => temp.Dispose();

    private (SortedDictionary<string, string> Snapshot, int Operations) CleanIngest(string name)
    {
        var vault = NewVault(name);
        var (result, operations) = CrashHarness.RunCounted("ingest", "--vault", vault);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        var snapshot = CrashHarness.Snapshot(vault);
        Assert.Contains(snapshot.Keys, k => k.StartsWith("People/", StringComparison.Ordinal));
        Assert.Contains(snapshot.Keys, k => k.StartsWith("Companies/", StringComparison.Ordinal));
        return (snapshot, operations);
    }

    private string NewVault(string name)
    {
        var vault = temp.Combine(name);
        CrashHarness.Init(vault);
        CrashHarness.FillInbox(vault, Sources);
        return vault;
    }

    private static void DeleteEntityNotes(string vault)
    {
        foreach (var folder in new[] { "People", "Companies", "Projects" })
        {
            foreach (var note in Directory.GetFiles(Path.Combine(vault, folder)))
            {
                File.Delete(note);
            }
        }
    }
}
