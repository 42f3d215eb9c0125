using System.Text;
using Cairn.Commit;
using Cairn.Planning;
using Cairn.Sources;
using Cairn.Vault;

namespace Cairn.Ingest;

/// <summary>
/// Applies an ingest plan through the <see cref="Committer"/> as one run: each source's change set (notes,
/// then its archive move; human edits merged against the ledger), every failed source moved to <c>_failed/</c>
/// with its <c>.error.md</c>, then the entity notes, each as its own change set. The items' status and notes
/// come from what was actually written. The entity notes are recorded as owed before the first source commits
/// and settled once written, so a run that dies between the two is finished by the next one.
/// </summary>
public static class IngestCommit
{
    /// <param name="copyOf">
    /// The bytes to copy into the Inbox path of a source named outside it (null for a source already there): the
    /// copy is written first, in the same run, so <c>undo</c> takes it out of the Inbox again.
    /// </param>
    /// <param name="entitiesAfter">
    /// Plans the entity notes again once the sources are written, given the source paths that committed and the
    /// entity notes earlier runs still owe; without it the report's <see cref="IngestReport.EntityChanges"/> are
    /// applied as planned.
    /// </param>
    /// <param name="held">The vault lock, when the caller took it before planning.</param>
    public static IngestReport Apply(
        VaultPaths paths,
        IngestReport report,
        TimeProvider time,
        IVaultFileSystem? fileSystem = null,
        Func<IReadOnlySet<string>, IReadOnlyList<PlannedEntity>, IReadOnlyList<ChangeSet>>? entitiesAfter = null,
        TimeSpan? lockWait = null,
        VaultLock? held = null,
        Func<string, byte[]?>? copyOf = null)
    {
        using var run = new Committer(paths, time, fileSystem, lockWait, held).BeginRun();
        var earlier = run.OwedEntities();
        // In plan order, the first subject per note: the one the entity refresh below renders. A note an earlier
        // run still owes keeps that run's subject, planned from the sources that came first.
        var owedPaths = earlier.Select(e => e.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);
        run.OweEntities(report.Changes
            .SelectMany(c => report.EntitiesBySource.TryGetValue(c.SourcePath, out var entities) ? entities : [])
            .DistinctBy(e => e.Path, StringComparer.OrdinalIgnoreCase)
            .Where(e => !owedPaths.Contains(e.Path)));
        run.AddTokens(report.Items.Sum(i => i.Origin?.TokensIn ?? 0), report.Items.Sum(i => i.Origin?.TokensOut ?? 0));
        foreach (var item in report.Items.Where(i => i.Status != IngestStatus.Skipped))
        {
            if (copyOf?.Invoke(item.Source) is { } bytes)
            {
                run.Write(item.Source, bytes);
            }
        }

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
            try
            {
                outcomes[item.Source] = run.Fail(item.Source, item.Error ?? "unreadable");
            }
            catch (VaultPathException ex)
            {
                // A path Cairn will not touch (a link out of the vault, a newline in the name) stays where it is, reported
                // once: later runs skip it while it is unchanged (IngestRun.Refused).
                if (item.RefusedStamp is { } stamp)
                {
                    run.Refuse(item.Source, stamp, item.Error ?? ex.Message);
                }

                var why = item.Error == ex.Message ? ex.Message : $"{item.Error}; {ex.Message}";
                outcomes[item.Source] = new SourceOutcome(item.Source, SourceStatus.Failed, [], null, 0, $"{why}; left in the Inbox: {IngestRun.RefusedAdvice} (until then later runs skip it)");
            }
        }

        // A source already ingested is set aside once its first copy is in (it may be in this very run), not left to be reported on every run.
        foreach (var item in report.Items.Where(i => i.Status == IngestStatus.Skipped && i.Hash is not null))
        {
            outcomes[item.Source] = run.SetAside(item.Source, item.Hash!);
        }

        var committed = outcomes.Where(o => o.Value.Status is SourceStatus.Created or SourceStatus.Updated).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var entityChanges = entitiesAfter?.Invoke(committed, earlier) ?? report.EntityChanges;
        var entityFailures = new List<IngestItem>();
        foreach (var change in entityChanges)
        {
            if (run.Apply(change) is { Status: SourceStatus.Failed } failed)
            {
                // Reported as an item of its own (exit code 1); it stays owed, so the next run plans the note again.
                entityFailures.Add(new IngestItem(change.Notes[0].Path, IngestStatus.Failed, [], "entity note not written: " + failed.Error));
            }
        }

        // Entities of a source that did not commit stay owed: the next run refreshes them (or finds nothing links to them).
        var refreshed = earlier.Select(e => e.Path)
            .Concat(committed.SelectMany(s => report.EntitiesBySource.TryGetValue(s, out var entities) ? entities.Select(e => e.Path) : []))
            .Except(entityFailures.Select(f => f.Source), StringComparer.Ordinal);
        run.SettleEntities(refreshed);
        run.Complete();
        var items = report.Items.Select(item => outcomes.TryGetValue(item.Source, out var outcome) ? Merge(item, outcome) : item)
            .Concat(entityFailures)
            .ToList();
        return report with { Items = items, EntityChanges = entityChanges };
    }

    /// <summary>
    /// A change set for writes that come from no source (entity notes, a rebuild). Its key is unique to this plan:
    /// the plan is made against the disk as it is, so it is always due, and a key made of the texts alone marked
    /// a note deleted and made again with the same text "already processed" (a rebuild wrote nothing back).
    /// </summary>
    public static ChangeSet Unsourced(IReadOnlyList<NoteChange> notes, string? prior = null)
    {
        var hash = ContentHash.Of(Encoding.UTF8.GetBytes(Guid.NewGuid().ToString("N") + (prior ?? string.Empty) + "\0" + string.Concat(notes.Select(n => n.Path + "\0" + n.Content))));
        return new ChangeSet(string.Empty, ChangeSet.UnsourcedKeyPrefix + hash, notes, null);
    }

    private static IngestItem Merge(IngestItem item, SourceOutcome outcome) => outcome.Status switch
    {
        SourceStatus.Failed => item with { Status = IngestStatus.Failed, Notes = outcome.Notes, Error = outcome.Error ?? item.Error },
        SourceStatus.Skipped => item with { Status = IngestStatus.Skipped, Notes = outcome.Notes, Error = outcome.Error ?? "already ingested (same content)" },
        _ => item with { Notes = item.Notes.Union(outcome.Notes, StringComparer.Ordinal).ToList() },
    };
}
