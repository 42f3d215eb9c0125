using System.Globalization;
using Cairn.Planning;
using Cairn.Vault;

namespace Cairn.Ingest;

/// <summary>
/// Applies an ingest plan under the vault lock: notes first (atomic writes), then each source's archive move,
/// so a source leaves the Inbox only after its notes are durable. Failed sources go to <c>_failed/</c> with a
/// <c>.error.md</c> beside them. Interim stand-in until the Commit stage's committer (ledger, 3-way merge,
/// journal) takes this job.
/// </summary>
public static class IngestCommit
{
    public static IngestReport Apply(VaultPaths paths, VaultLayout layout, IngestReport report, DateTimeOffset now)
    {
        using var vaultLock = VaultLock.Acquire(paths.Root);
        foreach (var change in report.Changes)
        {
            foreach (var note in change.Notes)
            {
                var full = paths.Resolve(note.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                AtomicFile.WriteAllText(full, note.Content);
            }

            if (change.Archive is { } move)
            {
                Move(paths, move);
            }
        }

        var items = report.Items.Select(item => item.Status == IngestStatus.Failed ? item with { Notes = [Fail(paths, layout, item, now)] } : item).ToList();
        return report with { Items = items };
    }

    private static void Move(VaultPaths paths, FileMove move)
    {
        var to = paths.Resolve(move.To);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        AtomicFile.MoveNoClobber(paths.Resolve(move.From), to);
    }

    private static string Fail(VaultPaths paths, VaultLayout layout, IngestItem item, DateTimeOffset now)
    {
        var name = Path.GetFileName(item.Source);
        var target = $"{layout.Failed}/{SafeName.For(Path.GetFileNameWithoutExtension(name))}{Path.GetExtension(name)}";
        var full = paths.Resolve(target);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var moved = AtomicFile.MoveNoClobber(paths.Resolve(item.Source), full);
        var error = $"# Could not ingest {name}\n\n**When**: {now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}\n**Problem**: {item.Error}\n\n"
            + "Fix the file and move it back to the Inbox to try again.\n";
        AtomicFile.WriteAllText(moved + ".error.md", error);
        return paths.Relative(moved);
    }
}
