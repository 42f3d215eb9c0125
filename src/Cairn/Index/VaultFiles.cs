using System.IO.Enumeration;
using Cairn.Vault;

namespace Cairn.Index;

/// <summary>
/// The notes the index covers, with their stamps (the size and time come from a stat of the directory entry, so
/// no file is opened). Same notes as <see cref="Queries.VaultNoteReader"/>: <c>.md</c> files outside dot folders
/// and outside the Inbox. Every query's refresh starts with this walk, and on Linux it is one stat per note, so
/// the folders are listed first and their notes stat'ed on every core.
/// </summary>
internal static class VaultFiles
{
    public static Dictionary<string, NoteStamp> Scan(string root, string inboxFolder)
    {
        var result = new Dictionary<string, NoteStamp>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return result;
        }

        var inbox = Path.Combine(root, inboxFolder.Replace('/', Path.DirectorySeparatorChar)).TrimEnd(Path.DirectorySeparatorChar);
        var folders = Folders(root, inbox);
        var notes = new List<(string Path, NoteStamp Stamp)>[folders.Count];
        Parallel.For(0, folders.Count, i => notes[i] = Notes(folders[i]));
        foreach (var (path, stamp) in notes.SelectMany(n => n))
        {
            result[Relative(root, path)] = stamp;
        }

        return result;
    }

    /// <summary>The root and every folder under it the walk enters: not a dot folder, not the Inbox (links as <see cref="VaultFolders"/> follows them).</summary>
    private static List<string> Folders(string root, string inbox) =>
        VaultFolders.Walk(root, folder => !Path.GetFileName(folder).StartsWith('.') && !string.Equals(folder, inbox, StringComparison.OrdinalIgnoreCase));

    private static List<(string Path, NoteStamp Stamp)> Notes(string folder)
    {
        try
        {
            var notes = new FileSystemEnumerable<(string Path, NoteStamp Stamp)>(
                folder,
                (ref FileSystemEntry e) => (e.ToFullPath(), (e.Attributes & FileAttributes.ReparsePoint) != 0 ? LinkedStamp(e.ToFullPath()) : new NoteStamp(e.Length, e.LastWriteTimeUtc.UtcTicks)),
                new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 })
            {
                ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && e.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !e.FileName.StartsWith('.'),
            };
            return [.. notes.Where(n => n.Stamp.Size >= 0)];
        }
        catch (DirectoryNotFoundException)
        {
            // Deleted (in Obsidian, say) between the listing of folders and this one's turn: it holds no notes now.
            return [];
        }
    }

    /// <summary>The stamp the walk would give the file at <paramref name="path"/>; null when there is no file there.</summary>
    public static NoteStamp? Stamp(string path) =>
        RegularFile.Target(path) is { } file ? new NoteStamp(file.Length, file.LastWriteTimeUtc.Ticks) : null;

    /// <summary>
    /// A linked note's stamp is its target's: the link's own size and time never change when the note is edited.
    /// A broken link gets size -1 and is left out.
    /// </summary>
    private static NoteStamp LinkedStamp(string path) => Stamp(path) ?? new NoteStamp(-1, 0);

    private static string Relative(string root, string full)
    {
        var relative = full.Length > root.Length && full.StartsWith(root, StringComparison.Ordinal) ? full[(root.Length + 1)..] : Path.GetRelativePath(root, full);
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
