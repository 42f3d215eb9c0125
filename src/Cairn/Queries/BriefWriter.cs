using Cairn.Commit;
using Cairn.Index;
using Cairn.Notes;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Queries;

/// <summary>
/// Saves a brief as a note (only when its bytes change) and links it once from the subject's <c>## Related</c>
/// section, both through the caller's run (journaled, so <c>undo</c> reverts them); the index is then refreshed
/// for the files written.
/// </summary>
public static class BriefWriter
{
    public static BriefWrite Write(VaultIndex index, VaultPaths paths, CommitRun run, Brief brief)
    {
        var relative = BriefNote.PathFor(brief, paths.Layout.Briefs);
        var written = run.Write(relative, AtomicFile.Utf8NoBom.GetBytes(BriefNote.Render(brief)));
        var entityPath = paths.Resolve(brief.Subject.Path);
        var linked = false;
        if (Read(entityPath) is { } note && RelatedLinks.Add(note, BriefNote.Stem(relative)))
        {
            linked = run.Write(brief.Subject.Path, AtomicFile.Utf8NoBom.GetBytes(note.ToString()));
        }

        index.RefreshPaths([relative, brief.Subject.Path]);
        return new BriefWrite(relative, written, linked);
    }

    /// <summary>The note as it is on disk, byte order mark included; null when it is gone or not UTF-8 (then it is not edited).</summary>
    private static NoteDocument? Read(string path)
    {
        try
        {
            return NoteDocument.Parse(AtomicFile.Utf8NoBom.GetString(RegularFile.ReadAllBytes(path, RegularFile.NoteLimit)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            return null;
        }
    }
}
