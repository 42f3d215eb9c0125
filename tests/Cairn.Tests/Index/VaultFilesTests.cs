using Cairn.Index;
using Cairn.Queries;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Index;

/// <summary>The index's walk finds the notes the direct reader reads, with each file's size and time, however deep.</summary>
public sealed class VaultFilesTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void The_walk_finds_the_notes_the_direct_reader_reads_with_their_stamps()
    {
        string[] files =
        [
            "Top.md", "Note.MD", "a.txt", ".hidden.md", "Meetings/Acme/2025/11/deep.md", "Meetings/Acme/x.md",
            ".obsidian/plugin.md", "Archive/.trash/old.md", "Inbox/waiting.md", "Inbox/sub/waiting.md", "Inbox2/kept.md",
            "People/Ann Lee.md", "People/ünïcode 名前.md",
        ];
        foreach (var file in files)
        {
            var full = dir.Combine(file.Split('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, file);
        }

        Directory.CreateDirectory(dir.Combine("Empty", "Deeper"));

        var found = VaultFiles.Scan(dir.Path, "Inbox");

        Assert.Equal(VaultNoteReader.NotePaths(VaultNoteReader.AllFiles(dir.Path)).Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        string[] expected = ["Inbox2/kept.md", "Meetings/Acme/2025/11/deep.md", "Meetings/Acme/x.md", "Note.MD", "People/Ann Lee.md", "People/ünïcode 名前.md", "Top.md"];
        Assert.Equal(expected, found.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, stamp) in found)
        {
            var info = new FileInfo(dir.Combine(path.Split('/')));
            Assert.Equal(new NoteStamp(info.Length, info.LastWriteTimeUtc.Ticks), stamp);
        }

        // The digest walk reduces the same notes to the digest the index stores from the full walk's paths.
        Assert.Equal(VaultDigest.Of(found), VaultFiles.Digest(dir.Path, "Inbox"));
        Assert.Equal(7, VaultFiles.Digest(dir.Path, "Inbox").Notes);
    }

    [Fact]
    public void The_digest_changes_with_a_write_that_keeps_the_size_a_rename_and_an_added_note()
    {
        var note = dir.Combine("Meetings", "a.md");
        Directory.CreateDirectory(Path.GetDirectoryName(note)!);
        File.WriteAllText(note, "abc");
        var before = VaultFiles.Digest(dir.Path, "Inbox");

        File.WriteAllText(note, "abd");
        File.SetLastWriteTimeUtc(note, File.GetLastWriteTimeUtc(note).AddSeconds(1));
        var written = VaultFiles.Digest(dir.Path, "Inbox");
        File.Move(note, dir.Combine("Meetings", "b.md"));
        var renamed = VaultFiles.Digest(dir.Path, "Inbox");
        File.WriteAllText(dir.Combine("c.md"), string.Empty);
        var added = VaultFiles.Digest(dir.Path, "Inbox");

        Assert.Equal(4, new[] { before, written, renamed, added }.Distinct().Count());
        Assert.Equal(2, added.Notes);
    }

    [Fact]
    public void A_missing_vault_has_no_notes()
    {
        Assert.Empty(VaultFiles.Scan(dir.Combine("nowhere"), "Inbox"));
    }
}
