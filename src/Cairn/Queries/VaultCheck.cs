namespace Cairn.Queries;

/// <summary><c>cairn check</c>'s query: every note in the vault through <see cref="NoteChecker"/>, in path order.</summary>
public static class VaultCheck
{
    public static IReadOnlyList<CheckProblem> Run(string vault, string inboxFolder = "Inbox")
    {
        var files = VaultNoteReader.AllFiles(vault);
        var resolver = new LinkResolver(files);
        var problems = new List<CheckProblem>();
        foreach (var path in VaultNoteReader.NotePaths(files, inboxFolder))
        {
            var (note, error) = VaultNoteReader.Read(vault, path);
            if (note is null)
            {
                problems.Add(new(path, 0, CheckSeverity.Error, "cannot read: " + error));
                continue;
            }

            problems.AddRange(NoteChecker.Check(note, resolver));
        }

        return problems;
    }
}
