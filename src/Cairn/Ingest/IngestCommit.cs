using System.Security.Cryptography;
using System.Text;
using Cairn.Commit;
using Cairn.Planning;
using Cairn.Vault;

namespace Cairn.Ingest;

/// <summary>
/// Applies an ingest plan through the <see cref="Committer"/> as one run: each source's change set (notes,
/// then its archive move; human edits merged against the ledger), and every failed source moved to
/// <c>_failed/</c> with its <c>.error.md</c>. The items' status and notes come from what was actually written.
/// </summary>
public static class IngestCommit
{
    public static IngestReport Apply(VaultPaths paths, IngestReport report, TimeProvider time)
    {
        using var run = new Committer(paths, time).BeginRun();
        var outcomes = new Dictionary<string, SourceOutcome>(StringComparer.Ordinal);
        foreach (var change in report.Changes)
        {
            var applied = run.Apply(change);
            if (change.SourcePath.Length > 0)
            {
                outcomes[change.SourcePath] = applied;
            }
        }

        foreach (var item in report.Items.Where(i => i.Status == IngestStatus.Failed))
        {
            outcomes[item.Source] = run.Fail(item.Source, item.Error ?? "unreadable");
        }

        run.Complete();
        var items = report.Items.Select(item => outcomes.TryGetValue(item.Source, out var outcome) ? Merge(item, outcome) : item).ToList();
        return report with { Items = items };
    }

    /// <summary>A change set for writes that come from no source (a rebuild), keyed by the content so it is never "already processed".</summary>
    public static ChangeSet Unsourced(IReadOnlyList<NoteChange> notes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(notes.Select(n => n.Path + "\0" + n.Content)))));
        return new ChangeSet(string.Empty, "rebuild:" + hash, notes, null);
    }

    private static IngestItem Merge(IngestItem item, SourceOutcome outcome) => outcome.Status switch
    {
        SourceStatus.Failed => item with { Status = IngestStatus.Failed, Notes = outcome.Notes, Error = outcome.Error ?? item.Error },
        SourceStatus.Skipped => item with { Status = IngestStatus.Skipped, Notes = outcome.Notes, Error = "already ingested (same content)" },
        _ => item with { Notes = item.Notes.Union(outcome.Notes, StringComparer.Ordinal).ToList() },
    };
}
