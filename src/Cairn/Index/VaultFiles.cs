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

        var folders = Folders(root, inboxFolder);
        var notes = new List<(string Path, NoteStamp Stamp)>[folders.Count];
        Parallel.For(0, folders.Count, i => notes[i] = Notes(folders[i]));
        foreach (var (path, stamp) in notes.SelectMany(n => n))
        {
            result[Relative(root, path)] = stamp;
        }

        return result;
    }

    /// <summary>
    /// The same walk as <see cref="Scan"/>, reduced to a <see cref="VaultDigest"/> of what it finds: no path string,
    /// no dictionary, so a query on an unchanged vault pays for the stats and little else.
    /// </summary>
    public static VaultDigest Digest(string root, string inboxFolder)
    {
        if (!Directory.Exists(root))
        {
            return default;
        }

        var folders = Folders(root, inboxFolder);
        var digests = new VaultDigest[folders.Count];
        Parallel.For(0, folders.Count, i => digests[i] = FolderDigest(root, folders[i]));
        return digests.Aggregate(default(VaultDigest), (a, b) => a + b);
    }

    /// <summary>The root and every folder under it the walk enters: not a dot folder, not the Inbox (links as <see cref="VaultFolders"/> follows them).</summary>
    private static List<string> Folders(string root, string inboxFolder)
    {
        var inbox = Path.Combine(root, inboxFolder.Replace('/', Path.DirectorySeparatorChar)).TrimEnd(Path.DirectorySeparatorChar);
        return VaultFolders.Walk(root, folder => !Path.GetFileName(folder).StartsWith('.') && !string.Equals(folder, inbox, StringComparison.OrdinalIgnoreCase));
    }

    private static List<(string Path, NoteStamp Stamp)> Notes(string folder) =>
        Listed<(string Path, NoteStamp Stamp)>(folder, (ref FileSystemEntry e) => (e.ToFullPath(), StampOf(ref e)), n => n.Stamp.Size >= 0);

    private static VaultDigest FolderDigest(string root, string folder)
    {
        var hash = VaultDigest.Folder(folder.Length > root.Length ? Relative(root, folder) : string.Empty);
        var digest = default(VaultDigest);
        foreach (var note in Listed(folder, (ref FileSystemEntry e) => StampOf(ref e) is { Size: >= 0 } stamp ? VaultDigest.Note(hash, e.FileName, stamp) : default, n => n.Notes > 0))
        {
            digest += note;
        }

        return digest;
    }

    /// <summary>The notes of one folder (not its subfolders), each as <paramref name="transform"/> makes it, those <paramref name="keep"/> accepts.</summary>
    private static List<T> Listed<T>(string folder, FileSystemEnumerable<T>.FindTransform transform, Func<T, bool> keep)
    {
        try
        {
            var notes = new FileSystemEnumerable<T>(folder, transform, new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 })
            {
                ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && e.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !e.FileName.StartsWith('.'),
            };
            return [.. notes.Where(keep)];
        }
        catch (DirectoryNotFoundException)
        {
            // Deleted (in Obsidian, say) between the listing of folders and this one's turn: it holds no notes now.
            return [];
        }
    }

    /// <summary>A listed note's stamp, from the stat of its directory entry (a link's from its target's).</summary>
    private static NoteStamp StampOf(ref FileSystemEntry e) =>
        (e.Attributes & FileAttributes.ReparsePoint) != 0 ? LinkedStamp(e.ToFullPath()) : new NoteStamp(e.Length, e.LastWriteTimeUtc.UtcTicks);

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
