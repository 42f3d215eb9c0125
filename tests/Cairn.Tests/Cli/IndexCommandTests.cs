using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Cli;

public sealed class IndexCommandTests : IDisposable
{
    private readonly TestVault vault = TestVault.Standard();

    public void Dispose() => vault.Dispose();

    [Fact]
    public void Prints_what_changed_and_warns_once_about_a_note_too_large_to_read()
    {
        vault.Write("Notes/Dump.md", new string('x', (int)RegularFile.NoteLimit + 1));

        var first = CliRunner.Run("index", "--vault", vault.Root);
        var second = CliRunner.Run("index", "--vault", vault.Root);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("index built: 8 added, 0 updated, 0 removed, 0 renamed; 8 notes in", first.Stdout, StringComparison.Ordinal);
        Assert.Equal("warning: 1 note is over 16 MB, indexed by name only (text not searched, tasks not listed): Notes/Dump.md\n", first.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("index up to date: 0 added", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, second.Stderr);
    }
}
