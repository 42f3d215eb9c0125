using Cairn.Notes;

namespace Cairn.Queries;

/// <summary>
/// Two person, company or project notes answering to the same name (title, file name or alias, ignoring case)
/// split one entity's history in two, and a wikilink to that name resolves to only one of them.
/// </summary>
public sealed class DuplicateEntities
{
    private readonly Dictionary<string, string> firstOwner = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<CheckProblem> problems = [];
    private readonly List<(string Path, HashSet<string> Names)> people = [];

    /// <summary>The duplicates, then each person note named by a first name alone that one other person's full name starts with.</summary>
    public IReadOnlyList<CheckProblem> Problems => [.. problems, .. FirstNamePairs()];

    public void Add(string path, NoteDocument note)
    {
        if (!TaskMirror.IsEntityNote(note))
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Path.GetFileNameWithoutExtension(path) };
        if (note.Frontmatter.GetString(NoteProperties.Title) is { Length: > 0 } title)
        {
            names.Add(title.Trim());
        }

        foreach (var alias in note.Frontmatter.GetList(NoteProperties.Aliases))
        {
            if (!string.IsNullOrWhiteSpace(alias))
            {
                names.Add(alias.Trim());
            }
        }

        if (NoteTypes.EntityKindOf(note.Frontmatter.GetString(NoteProperties.Type)) == "person")
        {
            people.Add((path, names));
        }

        foreach (var name in names)
        {
            if (!firstOwner.TryAdd(name, path) && firstOwner[name] != path)
            {
                problems.Add(new(path, 1, CheckSeverity.Warning, $"duplicate entity: \"{name}\" also names {firstOwner[name]}"));
            }
        }
    }

    /// <summary>
    /// <c>People/Kenji.md</c> beside <c>People/Kenji Sato.md</c>: an email said "Kenji" before a transcript named him.
    /// Only when exactly one other person answers to that first name (two Kenjis may be two people).
    /// </summary>
    private IEnumerable<CheckProblem> FirstNamePairs()
    {
        foreach (var (path, names) in people.Where(p => p.Names.All(n => !n.Contains(' ', StringComparison.Ordinal))))
        {
            var first = Path.GetFileNameWithoutExtension(path);
            if (firstOwner.TryGetValue(first, out var owner) && owner != path)
            {
                continue; // already a duplicate: the other note has the first name as an alias
            }

            var full = people.Where(o => o.Path != path && o.Names.Any(n => n.StartsWith(first + " ", StringComparison.OrdinalIgnoreCase))).ToList();
            if (full.Count == 1)
            {
                yield return new(path, 1, CheckSeverity.Warning, $"first name only: \"{first}\" may be the person of {full[0].Path}; merge them and add \"{first}\" to its aliases");
            }
        }
    }
}
