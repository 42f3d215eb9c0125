using System.Text.Json;
using Cairn.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace Cairn.Tests.Cli;

public sealed class RebuildCommandTests : IDisposable
{
    private const string Call = "Call\nDate: 2025-11-03\n\nAnn Lee: I'll send the deck.\nBo Chan: Thanks.\n";
    private readonly TempDirectory vault = new();

    public RebuildCommandTests()
    {
        Assert.Equal(0, CliRunner.Run("init", "--vault", vault.Path, "--owner", "Jason Vallery").ExitCode);
        File.WriteAllText(vault.Combine("Inbox", "call.txt"), Call);
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault.Path).ExitCode);
    }

    public void Dispose() => vault.Dispose();

    [Fact]
    public void A_note_that_cannot_be_written_is_named_and_fails_the_run()
    {
        // Where the note should go there is now a folder: the write fails, whoever runs Cairn.
        File.Delete(vault.Combine("People", "Bo Chan.md"));
        Directory.CreateDirectory(vault.Combine("People", "Bo Chan.md"));

        var text = CliRunner.Run("rebuild", "--vault", vault.Path);
        var json = CliRunner.Run("rebuild", "--vault", vault.Path, "--json");

        Assert.Equal(1, text.ExitCode);
        Assert.Contains("0 entity notes rewritten", text.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("error: People/Bo Chan.md: entity note not written", text.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);
        var root = JsonDocument.Parse(json.Stdout).RootElement;
        Assert.Equal(0, root.GetProperty("notes").GetArrayLength());
        Assert.Equal("People/Bo Chan.md", root.GetProperty("failed")[0].GetProperty("note").GetString());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void A_busy_database_says_to_try_again(int code)
    {
        var line = Cairn.Cli.ExpectedFailure.Describe(new SqliteException("database is locked", code));

        Assert.Equal("the vault's database in .cairn/ is busy: another process is writing to it; try again when it is done", line);
    }

    [Fact]
    public void A_bug_is_not_an_expected_failure() =>
        Assert.Null(Cairn.Cli.ExpectedFailure.Describe(new InvalidOperationException("broken invariant")));
}
