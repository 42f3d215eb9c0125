using Cairn.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Cli;

public sealed class AskWriteTests : IDisposable
{
    private const string Saved = "Answers/2025-11-24 - What do I owe Hannah.md";

    private readonly TempDirectory dir = new();
    private readonly FakeTimeProvider time = new(DemoVaultFixture.Monday);

    public AskWriteTests() => Assert.Equal(0, CliRunner.Run(time, "demo", dir.Path).ExitCode);

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Write_saves_the_answer_with_wikilinked_sources_through_the_journal_so_history_lists_it_and_undo_removes_it()
    {
        var first = CliRunner.Run(time, "ask", "What do I owe Hannah?", "--write", "--vault", dir.Path);
        var second = CliRunner.Run(time, "ask", "What do I owe Hannah?", "--write", "--vault", dir.Path);

        Assert.Contains($"wrote: {Saved}", first.Stdout, StringComparison.Ordinal);
        Assert.Contains($"unchanged: {Saved}", second.Stdout, StringComparison.Ordinal);
        var note = File.ReadAllText(Path.Combine(dir.Path, Saved));
        Assert.StartsWith("---\ntype: answer\ntitle: \"What do I owe Hannah?\"\ndate: \"2025-11-24\"\nmodel: null\n", note, StringComparison.Ordinal);
        Assert.Contains("You owe Hannah Okafor 4 open tasks:", note, StringComparison.Ordinal);
        Assert.Contains("1. 2025-11-03 [[2025-11-03 - Fabrikam storage renewal kickoff]] — \"Draft the pilot plan and share it with Hannah @Myself 📅 2025-11-07 #task\"", note, StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.Run(time, "undo", "--vault", dir.Path).ExitCode);
        Assert.False(File.Exists(Path.Combine(dir.Path, Saved)));
    }

    [Fact]
    public void A_source_ref_outside_the_vault_or_unreadable_gives_no_passages_and_no_error()
    {
        var note = Path.Combine(dir.Path, "Meetings", "Fabrikam", "2025-11-03 - Fabrikam storage renewal kickoff.md");
        File.WriteAllText(note, File.ReadAllText(note).Replace("source_ref: \"Inbox/_archive/2025-11-03/2025-11-03 - Fabrikam storage renewal kickoff.txt\"", "source_ref: \"../../../etc/passwd\"", StringComparison.Ordinal));
        File.WriteAllBytes(Path.Combine(dir.Path, "Inbox", "_archive", "2025-11-10", "2025-11-10 - Fabrikam pilot sizing.srt"), [0xFF, 0xFE, 0x00, 0xD8, 0x00, 0x00, 0x01]);

        var result = CliRunner.Run(time, "ask", "root pilot", "--vault", dir.Path, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("etc/passwd", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(".srt", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stderr);
    }
}
