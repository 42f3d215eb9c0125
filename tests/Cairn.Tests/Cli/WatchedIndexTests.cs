using System.Diagnostics;
using Cairn.Index;
using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Cli;

/// <summary>
/// Queries trusting the index <c>cairn watch</c> keeps fresh: the real watch process and the real query process,
/// an edit made just before each query always seen, no vault walk while the keeper answers, and a walk again when
/// the keeper is gone, even killed.
/// </summary>
public sealed class WatchedIndexTests : IDisposable
{
    private readonly TestVault vault = TestVault.Standard();

    public void Dispose() => vault.Dispose();

    [Fact]
    public void Without_a_keeper_a_query_asks_no_one()
    {
        Assert.Equal(KeeperAnswer.NoKeeper, WatchedIndex.Sync(vault.Root, TimeSpan.FromSeconds(5)));
        Assert.False(Directory.Exists(vault.Dir.Combine(".cairn", "index-sync")));
    }

    [Fact]
    public void A_lock_left_by_a_killed_keeper_is_not_trusted_and_goes()
    {
        // What SIGKILL leaves: the lock file, held by no one.
        vault.Write(VaultLayout.IndexKeeperLock, string.Empty);
        Assert.Equal(KeeperAnswer.NoKeeper, WatchedIndex.Sync(vault.Root, TimeSpan.FromSeconds(5)));
        Assert.False(Directory.Exists(vault.Dir.Combine(".cairn", "index-sync")));
        Assert.False(File.Exists(vault.Dir.Combine(".cairn", "index.keeper")));
    }

    [Fact]
    public void One_keeper_per_vault()
    {
        using var first = WatchedIndex.Hold(vault.Root);

        Assert.NotNull(first);
        Assert.Null(WatchedIndex.Hold(vault.Root));
    }

    [Fact]
    public void A_held_lock_with_no_one_answering_falls_back_after_the_wait()
    {
        using var held = WatchedIndex.Hold(vault.Root);

        Assert.Equal(KeeperAnswer.NoAnswer, WatchedIndex.Sync(vault.Root, TimeSpan.FromMilliseconds(200)));
        Assert.Empty(Directory.GetFiles(vault.Dir.Combine(".cairn", "index-sync")));
    }

    [Fact]
    public void While_watch_runs_every_query_sees_the_edit_made_just_before_it_without_walking_the_vault()
    {
        Assert.Equal(0, CliRunner.Run("index", "--vault", vault.Root).ExitCode);
        using var watch = new WatchProcess(vault);

        for (var i = 0; i < 8; i++)
        {
            var word = $"zebra{i}crossing";
            File.AppendAllText(vault.Dir.Combine(TestVault.AcmeKickoff.Split('/')), $"\nWe talked about {word} today.\n");

            var found = CliProcess.Run("search", word, "--vault", vault.Root);

            Assert.Contains("Acme kickoff", found.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("did not answer", found.Stderr, StringComparison.Ordinal);
        }

        // A new note, and a rename, are seen as well.
        vault.Write("Meetings/Acme/2025-11-20 - Acme pricing.md", "---\ntype: meeting\ndate: 2025-11-20\n---\n# Acme pricing\n\nThe okapi discount.\n");
        Assert.Contains("Acme pricing", CliProcess.Run("search", "okapi", "--vault", vault.Root).Stdout, StringComparison.Ordinal);
        File.Move(vault.Dir.Combine("Meetings", "Acme", "2025-11-20 - Acme pricing.md"), vault.Dir.Combine("Meetings", "Acme", "2025-11-21 - Acme pricing call.md"));
        Assert.Contains("2025-11-21 - Acme pricing call.md", CliProcess.Run("search", "okapi", "--vault", vault.Root).Stdout, StringComparison.Ordinal);

        Assert.Empty(Directory.GetFiles(vault.Dir.Combine(".cairn", "index-sync")));
        Assert.True(File.Exists(vault.Dir.Combine(".cairn", "index.keeper")));
    }

    [Fact]
    public async Task An_mcp_server_keeps_the_index_for_queries_in_other_processes_too()
    {
        await using var mcp = await Mcp.McpHarness.StartAsync(vault.Root);
        File.AppendAllText(vault.Dir.Combine(TestVault.AcmeKickoff.Split('/')), "\nThe axolotl rollout.\n");

        var found = CliProcess.Run("search", "axolotl", "--vault", vault.Root);

        Assert.True(File.Exists(vault.Dir.Combine(".cairn", "index.keeper")));
        Assert.Contains("Acme kickoff", found.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("did not answer", found.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(vault.Dir.Combine(".cairn", "index-sync")));
    }

    [Fact]
    public void A_killed_keeper_leaves_queries_walking_the_vault_and_seeing_edits()
    {
        using (var watch = new WatchProcess(vault))
        {
            watch.Kill();
        }

        File.AppendAllText(vault.Dir.Combine(TestVault.AcmeKickoff.Split('/')), "\nThe narwhal plan.\n");

        var found = CliProcess.Run("search", "narwhal", "--vault", vault.Root);

        // Not asked and waited for: the lock no one holds is seen as such (a wait would say "did not answer").
        Assert.Contains("Acme kickoff", found.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("did not answer", found.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(vault.Dir.Combine(".cairn", "index.keeper")));
    }

    /// <summary>The real <c>cairn watch</c>, once its keeper holds the lock; stopped (SIGKILL) when disposed.</summary>
    private sealed class WatchProcess : IDisposable
    {
        private readonly Process process;

        public WatchProcess(TestVault vault)
        {
            Directory.CreateDirectory(vault.Dir.Combine("Inbox"));
            process = Process.Start(CliProcess.StartInfo("watch", "--vault", vault.Root))!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var keeper = vault.Dir.Combine(".cairn", "index.keeper");
            for (var waited = 0; !File.Exists(keeper) && waited < 300; waited++)
            {
                Thread.Sleep(100);
            }

            Assert.True(File.Exists(keeper), "cairn watch never took the keeper's lock");
        }

        public void Kill()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }

        public void Dispose()
        {
            Kill();
            process.Dispose();
        }
    }
}
