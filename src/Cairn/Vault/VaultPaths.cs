namespace Cairn.Vault;

/// <summary>
/// The one way from a vault-relative path to a disk path. <see cref="Resolve"/> proves the result stays inside
/// the vault: no rooted paths, no <c>..</c>, no empty or dot segments, and no symlinked folder that points out.
/// </summary>
public sealed class VaultPaths
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private readonly string rootWithSeparator;
    private readonly Lazy<string> realRoot;

    public VaultPaths(string root, VaultLayout? layout = null)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        rootWithSeparator = Root + Path.DirectorySeparatorChar;
        Layout = layout ?? VaultLayout.Default;
        realRoot = new Lazy<string>(() => RealPath(Root));
    }

    /// <summary>The vault folder, absolute, without a trailing separator.</summary>
    public string Root { get; }

    public VaultLayout Layout { get; }

    /// <summary>The absolute path of <paramref name="vaultRelativePath"/>, or a <see cref="VaultPathException"/>.</summary>
    public string Resolve(string vaultRelativePath)
    {
        var problem = Check(vaultRelativePath);
        if (problem is not null)
        {
            throw new VaultPathException($"refusing path '{Printable(vaultRelativePath)}': {problem}");
        }

        return Path.GetFullPath(Path.Combine(Root, vaultRelativePath.Replace('\\', '/')));
    }

    /// <summary>Why <paramref name="vaultRelativePath"/> is not a safe vault path, or null when it is.</summary>
    public string? Check(string? vaultRelativePath)
    {
        var syntax = CheckRelative(vaultRelativePath);
        if (syntax is not null)
        {
            return syntax;
        }

        var full = Path.GetFullPath(Path.Combine(Root, vaultRelativePath!));
        if (!full.StartsWith(rootWithSeparator, PathComparison))
        {
            return "it resolves outside the vault";
        }

        return EscapesThroughLink(full) ? "a symbolic link on the way leads outside the vault" : null;
    }

    /// <summary>The vault-relative form ('/' separators) of an absolute path inside the vault.</summary>
    public string Relative(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(fullPath));
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw new VaultPathException($"'{Printable(fullPath)}' is not inside the vault {Root}");
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>The checks that need no disk: why <paramref name="path"/> is not a plain vault-relative path, or null.</summary>
    public static string? CheckRelative(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "it is empty";
        }

        if (path.Any(char.IsControl))
        {
            return "it contains control characters";
        }

        if (Path.IsPathRooted(path) || path.StartsWith('/') || path.StartsWith('\\') || (path.Length >= 2 && path[1] == ':'))
        {
            return "it is rooted; only vault-relative paths are allowed";
        }

        foreach (var segment in path.Split('/', '\\'))
        {
            if (segment is "" or "." or "..")
            {
                return "it has an empty, '.' or '..' segment";
            }

            if (segment.EndsWith(' ') || segment.EndsWith('.'))
            {
                return "a segment ends in a space or a dot";
            }
        }

        return null;
    }

    private bool EscapesThroughLink(string full)
    {
        var current = Root;
        foreach (var segment in Path.GetRelativePath(Root, full).Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists)
            {
                return false;
            }

            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                var resolved = target is null ? null : RealPath(target.FullName);
                if (resolved is null || !(resolved + Path.DirectorySeparatorChar).StartsWith(realRoot.Value + Path.DirectorySeparatorChar, PathComparison))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The path with every symlinked ancestor resolved (the vault itself may sit behind a link, e.g. /tmp on macOS).</summary>
    private static string RealPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var segment in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            var info = new DirectoryInfo(current);
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(true) is { } target)
            {
                current = RealPath(target.FullName);
            }
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>A path as one line can show it: control characters (a newline in a file name) as '?', at most 200 characters.</summary>
    public static string Printable(string? path) =>
        new((path ?? string.Empty).Select(c => char.IsControl(c) ? '?' : c).Take(200).ToArray());
}
