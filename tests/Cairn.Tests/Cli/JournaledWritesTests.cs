using System.Text.Json;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

/// <summary>
/// Every write to the vault is a journaled change: <c>done</c>, <c>brief --write</c> and <c>pipeline --write</c>
/// show in <c>history</c> and <c>undo</c> puts the files back as they were.
/// </summary>
public sealed class JournaledWritesTests : IDisposable
{
    private readonly TestVault vault = TestVault.Standard();

    public void Dispose() => vault.Dispose();

    [Fact]
    public void Undo_unticks_a_done_task_and_its_mirror()
    {
        var before = Snapshot();
        var line = Array.FindIndex(vault.Read(TestVault.AcmeKickoff).Split('\n'), l => l.Contains("Share the cluster sizes", StringComparison.Ordinal)) + 1;

        Assert.Equal(0, CliRunner.Run("done", $"{TestVault.AcmeKickoff}:{line}", "--vault", vault.Root).ExitCode);
        Assert.NotEqual(before, Snapshot());
        var run = LastRun();
        Assert.Equal(2, run.GetProperty("updated").GetInt32());

        Assert.Equal(0, CliRunner.Run("undo", "--vault", vault.Root).ExitCode);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Undo_removes_a_written_brief_and_its_link()
    {
        var before = Snapshot();

        Assert.Equal(0, CliRunner.Run("brief", "Priya Raman", "--write", "--vault", vault.Root).ExitCode);
        var run = LastRun();
        Assert.Equal(1, run.GetProperty("created").GetInt32());
        Assert.Equal(1, run.GetProperty("updated").GetInt32());

        Assert.Equal(0, CliRunner.Run("undo", "--vault", vault.Root).ExitCode);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Undo_removes_written_dashboards()
    {
        var before = Snapshot();

        Assert.Equal(0, CliRunner.Run("pipeline", "--write", "--vault", vault.Root).ExitCode);
        Assert.Equal(2, LastRun().GetProperty("created").GetInt32());

        Assert.Equal(0, CliRunner.Run("undo", "--vault", vault.Root).ExitCode);
        Assert.Equal(before, Snapshot());
    }

    private JsonElement LastRun()
    {
        var history = CliRunner.Run("history", "--vault", vault.Root, "--json");
        Assert.Equal(0, history.ExitCode);
        return JsonDocument.Parse(history.Stdout).RootElement[0];
    }

    /// <summary>Every Markdown file of the vault and its bytes (state.db and the index are Cairn's own).</summary>
    private SortedDictionary<string, string> Snapshot() => new(
        Directory.GetFiles(vault.Root, "*.md", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(vault.Root, f), File.ReadAllText),
        StringComparer.Ordinal);
}
