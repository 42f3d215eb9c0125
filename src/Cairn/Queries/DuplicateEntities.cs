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

    public IReadOnlyList<CheckProblem> Problems => problems;

    public void Add(string path, NoteDocument note)
    {
        if (!TaskMirror.IsEntityNote(note))
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Path.GetFileNameWithoutExtension(path) };
        if (note.Frontmatter.GetString("title") is { Length: > 0 } title)
        {
            names.Add(title.Trim());
        }

        foreach (var alias in note.Frontmatter.GetList("aliases"))
        {
            if (!string.IsNullOrWhiteSpace(alias))
            {
                names.Add(alias.Trim());
            }
        }

        foreach (var name in names)
        {
            if (!firstOwner.TryAdd(name, path) && firstOwner[name] != path)
            {
                problems.Add(new(path, 1, CheckSeverity.Warning, $"duplicate entity: \"{name}\" also names {firstOwner[name]}"));
            }
        }
    }
}
