using Cairn.Notes;

namespace Cairn.Queries;

/// <summary>
/// Checks one parsed note: frontmatter that Obsidian would not read (unclosed, invalid YAML, duplicate keys,
/// not a mapping), task fields the Tasks plugin would silently drop (invalid dates, unreadable recurrence),
/// and wikilinks that resolve to no file. Pure: problems come back as values.
/// </summary>
public static class NoteChecker
{
    public static IReadOnlyList<CheckProblem> Check(VaultNote note, LinkResolver links)
    {
        var problems = new List<CheckProblem>();
        CheckFrontmatter(note, problems);
        CheckTasks(note, problems);
        foreach (var link in note.Document.Links)
        {
            if (!links.Resolves(link.Target))
            {
                problems.Add(new(note.Path, link.Line, CheckSeverity.Warning, $"unresolved link {link.Original}"));
            }
        }

        return problems;
    }

    private static void CheckFrontmatter(VaultNote note, List<CheckProblem> problems)
    {
        var frontmatter = note.Document.Frontmatter;
        if (frontmatter.IsUnclosed)
        {
            problems.Add(Error(note, frontmatter.OpenLine, "frontmatter has no closing '---' line, so Obsidian reads no properties"));
            return;
        }

        if (!frontmatter.Exists)
        {
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicates = false;
        foreach (var entry in frontmatter.Entries)
        {
            if (seen.TryGetValue(entry.Key, out var first))
            {
                problems.Add(Error(note, entry.Line, $"duplicate frontmatter key '{entry.Key}' (first on line {first})"));
                duplicates = true;
            }
            else
            {
                seen[entry.Key] = entry.Line;
            }
        }

        if (!duplicates && frontmatter.Problem is { } yamlProblem)
        {
            problems.Add(Error(note, yamlProblem.Line, yamlProblem.Message));
        }
    }

    private static void CheckTasks(VaultNote note, List<CheckProblem> problems)
    {
        foreach (var task in note.Document.Tasks)
        {
            foreach (var invalid in task.InvalidFields)
            {
                var (severity, what) = invalid.Field switch
                {
                    TaskField.Recurrence => (CheckSeverity.Warning, "unreadable recurrence"),
                    TaskField.OnCompletion => (CheckSeverity.Warning, "unknown on-completion action (keep or delete)"),
                    _ => (CheckSeverity.Error, $"invalid {invalid.Field.ToString().ToLowerInvariant()} date"),
                };
                problems.Add(new(note.Path, task.Line, severity, $"{what} '{invalid.Emoji} {invalid.Value}' in task"));
            }
        }
    }

    private static CheckProblem Error(VaultNote note, int line, string problem) => new(note.Path, line, CheckSeverity.Error, problem);
}
