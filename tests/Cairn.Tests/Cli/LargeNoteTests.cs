using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Cli;

/// <summary>A note too large to read (over <see cref="RegularFile.NoteLimit"/>) is that note's problem only, never every run's.</summary>
public sealed class LargeNoteTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_meeting_note_over_the_note_limit_does_not_stop_an_ingest()
    {
        var vault = temp.Combine("vault");
        CrashHarness.Init(vault);
        // What a 200 MB transcript made before its extract was capped: a meeting note of 18.8 MB linking to people.
        var big = Path.Combine(vault, "Meetings", "Internal", "2025-09-01 - Huge.md");
        Directory.CreateDirectory(Path.GetDirectoryName(big)!);
        using (var writer = new StreamWriter(big))
        {
            writer.Write("---\ntype: \"internal\"\ndate: \"2025-09-01\"\nparticipants: [\"[[Ana Lee]]\"]\n---\n\n# Huge\n\n## Decisions\n\n");
            var line = "- We agreed that the checkpoint target stays at two minutes for the storage pilot.\n";
            for (long written = 0; written <= RegularFile.NoteLimit; written += line.Length)
            {
                writer.Write(line);
            }

            writer.Write("\n## Related\n\n- [[Ana Lee]]\n");
        }

        CrashHarness.FillInbox(vault, 2);

        var first = CliRunner.Run("ingest", "--vault", vault);
        var second = CliRunner.Run("ingest", "--vault", vault);

        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);
        Assert.Empty(Directory.GetFiles(Path.Combine(vault, "Inbox")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(vault, "People"), "*.md"));
        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        Assert.True(new FileInfo(big).Length > RegularFile.NoteLimit);
    }
}
