using Cairn.Sources;
using Cairn.Vault;

namespace Cairn.Commit;

/// <summary>
/// Reverses journaled operations, for a failed source, a crashed run or an undo. Each check is idempotent: an
/// operation that never happened or was already reversed is recognised, so a crash during a reversal is repaired
/// by reversing again.
/// </summary>
internal sealed class JournalReverter(VaultPaths paths, IVaultFileSystem fs)
{
    public enum Check
    {
        Revert,
        AlreadyReverted,
        Changed,
    }

    /// <summary>Where each operation stands, read through an overlay so repeated paths are judged in sequence.</summary>
    public IReadOnlyList<(JournalEntry Entry, Check Check)> Plan(IEnumerable<JournalEntry> newestFirst)
    {
        var overlay = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        byte[]? Read(string path) => overlay.TryGetValue(path, out var bytes) ? bytes : fs.Read(paths.Resolve(path));
        var result = new List<(JournalEntry, Check)>();
        foreach (var entry in newestFirst)
        {
            var check = Judge(entry, Read);
            result.Add((entry, check));
            if (check == Check.Revert)
            {
                Simulate(entry, overlay, Read);
            }
        }

        return result;
    }

    public void Apply(JournalEntry entry)
    {
        var full = paths.Resolve(entry.Path);
        switch (entry.Kind)
        {
            case OperationKind.Create:
                fs.Delete(full);
                RemoveEmptiedFolders(entry.Path);
                break;
            case OperationKind.Update:
                fs.Write(full, entry.PriorBytes ?? []);
                break;
            case OperationKind.Move:
                fs.Move(full, paths.Resolve(MoveBackTo(entry, path => fs.Read(paths.Resolve(path)))));
                RemoveEmptiedFolders(entry.Path);
                break;
        }
    }

    /// <summary>Reverses what can be reversed, newest first; leaves a file edited since as it is.</summary>
    public void RevertAll(IEnumerable<JournalEntry> entries)
    {
        foreach (var (entry, check) in Plan(entries.OrderByDescending(e => e.Id)))
        {
            if (check == Check.Revert)
            {
                Apply(entry);
            }
        }
    }

    private static Check Judge(JournalEntry entry, Func<string, byte[]?> read)
    {
        var current = read(entry.Path);
        switch (entry.Kind)
        {
            case OperationKind.Create:
                return current is null ? Check.AlreadyReverted : Matches(current, entry.NewHash) ? Check.Revert : Check.Changed;
            case OperationKind.Update:
                if (current is not null && Matches(current, entry.NewHash))
                {
                    return Check.Revert;
                }

                return current is not null && entry.PriorBytes is not null && current.AsSpan().SequenceEqual(entry.PriorBytes)
                    ? Check.AlreadyReverted
                    : Check.Changed;
            default:
                // Both there: a file of the same name came into the Inbox since (a duplicate dropped again); the
                // move back goes beside it under a free name (MoveBackTo) rather than refuse the undo.
                var from = read(entry.PriorPath!);
                return (current is not null, from is not null) switch
                {
                    (true, _) => Check.Revert,
                    (false, true) => Check.AlreadyReverted,
                    _ => Check.Changed,
                };
        }
    }

    private static void Simulate(JournalEntry entry, Dictionary<string, byte[]?> overlay, Func<string, byte[]?> read)
    {
        switch (entry.Kind)
        {
            case OperationKind.Create:
                overlay[entry.Path] = null;
                break;
            case OperationKind.Update:
                overlay[entry.Path] = entry.PriorBytes;
                break;
            case OperationKind.Move:
                overlay[MoveBackTo(entry, read)] = read(entry.Path);
                overlay[entry.Path] = null;
                break;
        }
    }

    /// <summary>Where a moved file goes back to: its prior path, or <c>name (2).ext</c>... when that is taken (never overwriting).</summary>
    private static string MoveBackTo(JournalEntry entry, Func<string, byte[]?> read) =>
        FreeName.For(entry.PriorPath!, path => read(path) is not null);

    /// <summary>
    /// Removes the folders a reverted file leaves empty (an archive's date folder, a new account's meeting folder),
    /// up to the folders <c>cairn init</c> makes (<see cref="VaultLayout.Folders"/>): an undone run leaves no empty folders behind.
    /// </summary>
    private void RemoveEmptiedFolders(string path)
    {
        var kept = paths.Layout.Folders.ToHashSet(StringComparer.Ordinal);
        for (var folder = Parent(path); folder.Length > 0 && !kept.Contains(folder); folder = Parent(folder))
        {
            if (!fs.DeleteFolderIfEmpty(paths.Resolve(folder)))
            {
                return;
            }
        }
    }

    private static string Parent(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : string.Empty;

    private static bool Matches(byte[] bytes, string? hash) => hash is not null && ContentHash.Of(bytes) == hash;
}
