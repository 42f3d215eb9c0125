namespace Cairn.Queries;

/// <summary><c>cairn check</c>'s query: every note in the vault through <see cref="NoteChecker"/>, in path order.</summary>
public static class VaultCheck
{
    public static IReadOnlyList<CheckProblem> Run(string vault, string inboxFolder = "Inbox")
    {
        var files = VaultNoteReader.AllFiles(vault);
        var resolver = new LinkResolver(files);
        var problems = new List<CheckProblem>();
        var entities = new DuplicateEntities();
        foreach (var path in VaultNoteReader.NotePaths(files, inboxFolder))
        {
            var (note, error) = VaultNoteReader.Read(vault, path);
            if (note is null)
            {
                problems.Add(new(path, 0, CheckSeverity.Error, "cannot read: " + error));
                continue;
            }

            problems.AddRange(NoteChecker.Check(note, resolver));
            entities.Add(path, note.Document);
        }

        problems.AddRange(entities.Problems);
        return [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)];
    }
}
