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
                break;
            case OperationKind.Update:
                fs.Write(full, entry.PriorBytes ?? []);
                break;
            case OperationKind.Move:
                fs.Move(full, paths.Resolve(entry.PriorPath!));
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
                var from = read(entry.PriorPath!);
                return (current is not null, from is not null) switch
                {
                    (true, false) => Check.Revert,
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
                overlay[entry.PriorPath!] = read(entry.Path);
                overlay[entry.Path] = null;
                break;
        }
    }

    private static bool Matches(byte[] bytes, string? hash) => hash is not null && ContentHash.Of(bytes) == hash;
}
