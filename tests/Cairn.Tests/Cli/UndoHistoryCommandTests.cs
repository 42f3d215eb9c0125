using Cairn.Tests.Commit;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

public sealed class UndoHistoryCommandTests
{
    [Fact]
    public void History_lists_runs_and_undo_reverts_the_last()
    {
        using var vault = new CommitFixture();
        vault.Committer().Commit([vault.Source("one.vtt", "First.")]);

        var history = CliRunner.Run("history", "--vault", vault.Root);
        Assert.Equal(0, history.ExitCode);
        Assert.Contains("committed", history.Stdout);

        var undo = CliRunner.Run("undo", "--vault", vault.Root);
        Assert.Equal(0, undo.ExitCode);
        Assert.Contains("undid run 1", undo.Stdout);
        Assert.True(vault.Exists("Inbox/one.vtt"));

        var json = CliRunner.Run("history", "--vault", vault.Root, "--json");
        Assert.Contains("\"status\": \"undone\"", json.Stdout);
        Assert.Contains("nothing to undo", CliRunner.Run("undo", "--vault", vault.Root).Stdout);
    }

    [Fact]
    public void Undo_refuses_with_one_line_when_a_note_was_edited()
    {
        using var vault = new CommitFixture();
        vault.Committer().Commit([vault.Source("one.vtt", "First.")]);
        File.AppendAllText(vault.Paths.Resolve("People/Jane Doe.md"), "mine\n");
        var undo = CliRunner.Run("undo", "--vault", vault.Root);
        Assert.Equal(1, undo.ExitCode);
        Assert.Contains("error: run 1 was not undone: People/Jane Doe.md changed since", undo.Stderr);
        Assert.Equal(0, CliRunner.Run("undo", "--vault", vault.Root, "--force").ExitCode);
    }

    [Fact]
    public void A_folder_that_is_not_a_vault_is_a_clear_error()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run("history", "--vault", temp.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a Cairn vault", result.Stderr);
    }
}
