using System.IO.Enumeration;

namespace Cairn.Index;

/// <summary>
/// The notes the index covers, with their stamps, in one directory walk (the size and time come with the
/// directory entry, so no file is opened). Same notes as <see cref="Queries.VaultNoteReader"/>: <c>.md</c>
/// files outside dot folders and outside the Inbox.
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
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var walk = new FileSystemEnumerable<(string Path, NoteStamp Stamp)>(
            root,
            (ref FileSystemEntry e) => (e.ToFullPath(), new NoteStamp(e.Length, e.LastWriteTimeUtc.UtcTicks)),
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && e.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !e.FileName.StartsWith('.'),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !e.FileName.StartsWith('.') && !string.Equals(e.ToFullPath(), inbox, StringComparison.OrdinalIgnoreCase),
        };
        foreach (var (path, stamp) in walk)
        {
            result[Relative(root, path)] = stamp;
        }

        return result;
    }

    private static string Relative(string root, string full)
    {
        var relative = full.Length > root.Length && full.StartsWith(root, StringComparison.Ordinal) ? full[(root.Length + 1)..] : Path.GetRelativePath(root, full);
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
