using System.Text;
using Cairn.Planning;
using Cairn.Sources;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Commit;

/// <summary>
/// Writes one source's notes and moves it, journaling each operation before it happens. The ledger updates wait
/// in memory until the caller commits them with the source.
/// </summary>
internal sealed class SourceWriter(VaultPaths paths, StateStore state, IVaultFileSystem fs, long runId, string? sourceHash)
{
    private readonly List<(string Path, string Content)> ledger = [];

    public List<long> Operations { get; } = [];

    public SourceOutcome Write(ChangeSet change)
    {
        var notes = change.Notes.Select(note => (Note: note, Full: paths.Resolve(note.Path))).ToList();
        string? archivedTo = null;
        if (change.Archive is { } archive)
        {
            if (!fs.Exists(paths.Resolve(archive.From)))
            {
                throw new FileNotFoundException($"{archive.From} is no longer there");
            }

            archivedTo = FreeName(archive.To, _ => false);
        }

        var created = false;
        var suggestions = 0;
        foreach (var (note, full) in notes)
        {
            // The planner wrote the archive path it asked for; when that name was taken, point at the one used.
            var content = archivedTo is not null && archivedTo != change.Archive!.To
                ? note.Content.Replace(change.Archive.To, archivedTo, StringComparison.Ordinal)
                : note.Content;
            var (kind, merged) = WriteNote(note.Path, full, content);
            created |= kind == OperationKind.Create;
            suggestions += merged;
            ledger.Add((note.Path, content));
        }

        if (archivedTo is not null)
        {
            Move(change.Archive!.From, archivedTo);
        }

        var status = created || notes.Count == 0 ? SourceStatus.Created : SourceStatus.Updated;
        return new SourceOutcome(change.SourcePath, status, notes.Select(n => n.Note.Path).ToList(), archivedTo, suggestions, null);
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> over whatever is at <paramref name="path"/>, unless they are already there. With
    /// <paramref name="ledgerText"/>, the note's ledger becomes that text when the caller commits (journaled, so undo puts the old one back).
    /// </summary>
    public bool WriteAsIs(string path, byte[] bytes, string? ledgerText = null)
    {
        var full = paths.Resolve(path);
        var current = fs.Read(full);
        if (current is not null && current.AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        var priorLedger = ledgerText is null ? null : state.Ledger(path);
        if (ledgerText is not null)
        {
            ledger.Add((path, ledgerText));
        }

        Journal(current is null ? OperationKind.Create : OperationKind.Update, path, null, current, bytes, hadLedger: priorLedger is not null, priorLedger);
        fs.Write(full, bytes);
        return true;
    }

    public void CommitLedger()
    {
        foreach (var (path, content) in ledger)
        {
            state.SetLedger(path, content, runId);
        }
    }

    public (string? MovedTo, string? Note) MoveToFailed(string sourcePath, string reason, DateOnly date)
    {
        if (MoveAside(sourcePath, paths.Layout.Failed, candidate => fs.Exists(paths.Resolve(candidate + ".error.md"))) is not { } target)
        {
            return (null, null);
        }

        var note = target + ".error.md";
        var bytes = AtomicFile.Utf8NoBom.GetBytes(ErrorNote.Render(target.Split('/')[^1], reason, date));
        Journal(OperationKind.Create, note, null, null, bytes, hadLedger: false, priorLedger: null);
        fs.Write(paths.Resolve(note), bytes);
        return (target, note);
    }

    /// <summary>
    /// Moves a source out of the Inbox into <paramref name="folder"/> under its own name (numbered when taken, never
    /// overwriting); null when the source is not there (nothing to move).
    /// </summary>
    public string? MoveAside(string sourcePath, string folder, Func<string, bool>? alsoTaken = null)
    {
        if (!fs.Exists(paths.Resolve(sourcePath)))
        {
            return null;
        }

        var target = FreeName(folder + "/" + ArchivedName.For(sourcePath.Split('/', '\\')[^1]), alsoTaken ?? (_ => false));
        Move(sourcePath, target);
        return target;
    }

    /// <summary>Writes one note: a new file as is, an existing one merged with its ledger base. Returns the suggestions made.</summary>
    private (OperationKind Kind, int Suggestions) WriteNote(string path, string full, string content)
    {
        var current = fs.Read(full);
        var priorLedger = state.Ledger(path);
        if (current is null)
        {
            var bytes = AtomicFile.Utf8NoBom.GetBytes(content);
            Journal(OperationKind.Create, path, null, null, bytes, priorLedger is not null, priorLedger);
            fs.Write(full, bytes);
            return (OperationKind.Create, 0);
        }

        var merge = NoteMerge.Of(priorLedger, content, Decode(current));
        var merged = AtomicFile.Utf8NoBom.GetBytes(merge.Text);
        Journal(OperationKind.Update, path, null, current, merged, priorLedger is not null, priorLedger);
        if (!merged.AsSpan().SequenceEqual(current))
        {
            fs.Write(full, merged);
        }

        return (OperationKind.Update, merge.Suggestions);
    }

    private void Move(string from, string to)
    {
        Journal(OperationKind.Move, to, from, null, null, hadLedger: false, priorLedger: null);
        fs.Move(paths.Resolve(from), paths.Resolve(to));
    }

    private void Journal(OperationKind kind, string path, string? priorPath, byte[]? priorBytes, byte[]? written, bool hadLedger, string? priorLedger)
    {
        var hash = written is null ? null : ContentHash.Of(written);
        Operations.Add(state.Record(new JournalEntry(0, runId, sourceHash, kind, path, priorPath, priorBytes, hash, hadLedger, priorLedger, OperationState.Pending)));
    }

    /// <summary><paramref name="wanted"/>, or <c>name (2).ext</c>, <c>name (3).ext</c>... whichever is free first.</summary>
    private string FreeName(string wanted, Func<string, bool> alsoTaken) =>
        Commit.FreeName.For(wanted, candidate => fs.Exists(paths.Resolve(candidate)) || alsoTaken(candidate));

    private static string Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        return Encoding.UTF8.GetString(span.StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? span[3..] : span);
    }
}
