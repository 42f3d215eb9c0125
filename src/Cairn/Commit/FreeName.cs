namespace Cairn.Commit;

/// <summary>The rule for a file name that must not overwrite: the name wanted, else <c>name (2).ext</c>, <c>name (3).ext</c>...</summary>
internal static class FreeName
{
    /// <summary><paramref name="wanted"/> (vault-relative), or the first numbered name <paramref name="taken"/> says is free.</summary>
    public static string For(string wanted, Func<string, bool> taken)
    {
        var slash = wanted.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : wanted[..(slash + 1)];
        var name = wanted[(slash + 1)..];
        var extension = Sources.ArchivedName.ExtensionOf(name);
        var stem = name[..^extension.Length];
        (stem, extension) = stem.Length > 0 ? (stem, extension) : (name, string.Empty);
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? wanted : $"{folder}{stem} ({n}){extension}";
            if (!taken(candidate))
            {
                return candidate;
            }
        }
    }
}
