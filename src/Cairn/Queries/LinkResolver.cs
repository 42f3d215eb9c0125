namespace Cairn.Queries;

/// <summary>
/// Resolves wikilink targets against the vault's files as Obsidian does (obsidian-format.md §4): case is
/// ignored; a target is a vault path or the end of one (a bare name matches a file of that name in any
/// folder); Markdown notes may be named without <c>.md</c>, other files need their extension.
/// </summary>
public sealed class LinkResolver
{
    private readonly HashSet<string> paths = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> suffixes = new(StringComparer.OrdinalIgnoreCase);

    public LinkResolver(IEnumerable<string> vaultFiles)
    {
        foreach (var file in vaultFiles)
        {
            Add(file);
            if (file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                Add(file[..^3]);
            }
        }
    }

    public bool Resolves(string target)
    {
        var t = target.Trim().TrimStart('/');
        return t.Length == 0 || paths.Contains(t) || suffixes.Contains(t);
    }

    private void Add(string path)
    {
        paths.Add(path);
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            suffixes.Add(path[(slash + 1)..]);
        }
    }
}
