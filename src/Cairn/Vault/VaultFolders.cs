using System.IO.Enumeration;

namespace Cairn.Vault;

/// <summary>
/// The folders under a root, walked the one way every part of Cairn walks a vault. A folder that is a symbolic
/// link (or junction) is followed when it leads out of the root, a shared folder linked into the vault say, and
/// only to a folder not walked yet; a link back into the root is skipped, its notes being walked at their own
/// path. So a link loop (<c>Notes/up -> ..</c>) neither hangs the walk nor lists a note twice, which following
/// every link did: 41 copies of one note for one loop, and no end for two.
/// </summary>
public static class VaultFolders
{
    // How many links one path may pass through before it is taken for a loop (Linux's own limit is 40).
    private const int MaxLinkHops = 40;

    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private static readonly StringComparer PathComparer = StringComparer.FromComparison(PathComparison);

    /// <summary>
    /// <paramref name="root"/> and every folder under it that <paramref name="enters"/> (given the folder's path)
    /// allows, parents before children, siblings in ordinal order; empty when the root does not exist.
    /// </summary>
    public static List<string> Walk(string root, Func<string, bool>? enters = null)
    {
        var folders = new List<string>();
        if (!Directory.Exists(root))
        {
            return folders;
        }

        var realRoot = RealPath(root) ?? Path.GetFullPath(root);
        var walked = new HashSet<string>(PathComparer) { realRoot };
        var pending = new Stack<(string Path, string Real)>();
        pending.Push((root, realRoot));
        while (pending.TryPop(out var folder))
        {
            folders.Add(folder.Path);
            // Siblings claim their real folders in order (the first link to a shared folder wins), then go on the stack reversed.
            var children = new List<(string Path, string Real)>();
            foreach (var (name, isLink) in Subfolders(folder.Path))
            {
                var path = Path.Join(folder.Path, name);
                if (enters is not null && !enters(path))
                {
                    continue;
                }

                var real = isLink ? RealPath(path) : Path.Join(folder.Real, name);
                if (real is not null && !(isLink && IsUnder(real, realRoot)) && walked.Add(real))
                {
                    children.Add((path, real));
                }
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }

        return folders;
    }

    /// <summary>The files matching <paramref name="pattern"/> in the folders <see cref="Walk"/> gives, unsorted.</summary>
    public static IEnumerable<string> Files(string root, string pattern, Func<string, bool>? enters = null) =>
        Walk(root, enters).SelectMany(folder => FilesIn(folder, pattern));

    /// <summary>The path with every symbolic link along it resolved; null for a broken link or a loop.</summary>
    internal static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full).Reverse());
        var hops = 0;
        while (pending.TryPop(out var part))
        {
            var next = Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            // A relative target is relative to the link's folder, which is real by now.
            var resolved = Path.GetFullPath(target, current);
            foreach (var p in Parts(resolved).Reverse())
            {
                pending.Push(p);
            }

            current = Path.GetPathRoot(resolved)!;
        }

        return Directory.Exists(current) ? current : null;
    }

    private static string[] Parts(string full) =>
        full[Path.GetPathRoot(full)!.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsUnder(string path, string folder) =>
        PathComparer.Equals(path, folder)
        || (path.Length > folder.Length && path.StartsWith(folder, PathComparison)
            && (path[folder.Length] == Path.DirectorySeparatorChar || folder.EndsWith(Path.DirectorySeparatorChar)));

    private static List<(string Name, bool IsLink)> Subfolders(string folder)
    {
        try
        {
            var entries = new FileSystemEnumerable<(string Name, bool IsLink)>(
                folder,
                (ref FileSystemEntry e) => (e.FileName.ToString(), (e.Attributes & FileAttributes.ReparsePoint) != 0),
                Options)
            {
                ShouldIncludePredicate = (ref FileSystemEntry e) => e.IsDirectory,
            };
            return [.. entries.OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or UnauthorizedAccessException)
        {
            // Deleted (in Obsidian, say) since its parent was listed, or closed to us: nothing to walk in it.
            return [];
        }
    }

    private static IEnumerable<string> FilesIn(string folder, string pattern)
    {
        try
        {
            return [.. Directory.EnumerateFiles(folder, pattern, Options)];
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static EnumerationOptions Options => new() { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
}
