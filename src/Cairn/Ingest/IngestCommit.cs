using System.Security.Cryptography;
using System.Text;
using Cairn.Commit;
using Cairn.Planning;
using Cairn.Vault;

namespace Cairn.Ingest;

/// <summary>
/// Applies an ingest plan through the <see cref="Committer"/> as one run: each source's change set (notes,
/// then its archive move; human edits merged against the ledger), every failed source moved to <c>_failed/</c>
/// with its <c>.error.md</c>, then the entity notes, each as its own change set. The items' status and notes
/// come from what was actually written.
/// </summary>
public static class IngestCommit
{
    /// <param name="entitiesAfter">
    /// Plans the entity notes again once the sources are written, given the source paths that committed; without
    /// it the report's <see cref="IngestReport.EntityChanges"/> are applied as planned.
    /// </param>
    public static IngestReport Apply(
        VaultPaths paths,
        IngestReport report,
        TimeProvider time,
        IVaultFileSystem? fileSystem = null,
        Func<IReadOnlySet<string>, IReadOnlyList<ChangeSet>>? entitiesAfter = null,
        TimeSpan? lockWait = null)
    {
        using var run = new Committer(paths, time, fileSystem, lockWait).BeginRun();
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

        var committed = outcomes.Where(o => o.Value.Status is SourceStatus.Created or SourceStatus.Updated).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var entityChanges = entitiesAfter?.Invoke(committed) ?? report.EntityChanges;
        var entityFailures = new List<IngestItem>();
        foreach (var change in entityChanges)
        {
            if (run.Apply(change) is { Status: SourceStatus.Failed } failed)
            {
                // Reported as an item of its own (exit code 1); the next run plans the note again.
                entityFailures.Add(new IngestItem(change.Notes[0].Path, IngestStatus.Failed, [], "entity note not written: " + failed.Error));
            }
        }

        run.Complete();
        var items = report.Items.Select(item => outcomes.TryGetValue(item.Source, out var outcome) ? Merge(item, outcome) : item)
            .Concat(entityFailures)
            .ToList();
        return report with { Items = items, EntityChanges = entityChanges };
    }

    /// <summary>
    /// A change set for writes that come from no source (entity notes, a rebuild), keyed by the note's path, the
    /// text it replaces and the new text, so the same refresh is never applied twice and a later one never skipped.
    /// </summary>
    public static ChangeSet Unsourced(IReadOnlyList<NoteChange> notes, string? prior = null)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((prior ?? string.Empty) + "\0" + string.Concat(notes.Select(n => n.Path + "\0" + n.Content)))));
        return new ChangeSet(string.Empty, "rebuild:" + hash, notes, null);
    }

    private static IngestItem Merge(IngestItem item, SourceOutcome outcome) => outcome.Status switch
    {
        SourceStatus.Failed => item with { Status = IngestStatus.Failed, Notes = outcome.Notes, Error = outcome.Error ?? item.Error },
        SourceStatus.Skipped => item with { Status = IngestStatus.Skipped, Notes = outcome.Notes, Error = "already ingested (same content)" },
        _ => item with { Notes = item.Notes.Union(outcome.Notes, StringComparer.Ordinal).ToList() },
    };
}
