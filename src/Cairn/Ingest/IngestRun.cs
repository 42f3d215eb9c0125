using System.Security.Cryptography;
using Cairn.Extraction;
using Cairn.Planning;
using Cairn.Resolution;
using Cairn.Sources;
using Cairn.Vault;

namespace Cairn.Ingest;

/// <summary>
/// One ingest: read → extract → resolve → plan each source, then refresh every entity note the run touched
/// (once, from all the meetings that link to it). Returns the plan; <see cref="IngestCommit"/> applies it.
/// One bad source never stops the run: it becomes a failed item.
/// </summary>
public sealed class IngestRun(VaultPaths paths, CairnConfig config, string owner, IExtractor extractor, Func<string, byte[], SourceReadResult> read)
{
    private Func<string, bool> processed = _ => false;

    public VaultState State { get; } = new(paths, config, owner);

    public VaultPaths Paths => paths;

    public async Task<IngestReport> PlanAsync(IReadOnlyList<string> sources, Func<string, bool>? alreadyProcessed = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var items = new List<IngestItem>();
        var plans = new List<MeetingPlan>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        processed = alreadyProcessed ?? (_ => false);
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(source);
            var (item, plan) = await PlanOneAsync(source, seen, cancellationToken).ConfigureAwait(false);
            items.Add(item);
            if (plan is not null)
            {
                plans.Add(plan);
            }
        }

        var entityChanges = EntityChanges(plans);
        var changes = plans.Select(p => p.Change).ToList();
        if (changes.Count > 0 && entityChanges.Count > 0)
        {
            changes[^1] = changes[^1] with { Notes = [.. changes[^1].Notes, .. entityChanges] };
        }

        var writes = changes.SelectMany(c => c.Notes).Select(n => new PlannedWrite(n.Path, State.DiskText(n.Path), n.Content)).ToList();
        return new IngestReport(WithEntityNotes(items, plans), changes, writes);
    }

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private async Task<(IngestItem Item, MeetingPlan? Plan)> PlanOneAsync(string source, HashSet<string> seen, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(paths.Resolve(source), cancellationToken).ConfigureAwait(false);
        var hash = Hash(bytes);
        if (processed(hash) || !seen.Add(hash))
        {
            return (new IngestItem(source, IngestStatus.Skipped, [], "already ingested (same content)"), null);
        }

        var result = read(Path.GetFileName(source), bytes);
        if (result.Document is not { } document)
        {
            return (new IngestItem(source, IngestStatus.Failed, [], result.Error?.Problem ?? "unreadable"), null);
        }

        var context = State.Entities.ContextFor(State.Owner, document.Date);
        var extract = await extractor.ExtractAsync(document, context, cancellationToken).ConfigureAwait(false);
        var resolved = ExtractResolver.Resolve(extract, State.Entities, State.Owner);
        var plan = IngestPlanner.Plan(new IngestSource(source, hash, document), resolved, State.Snapshot());
        var meeting = plan.Change.Notes[0];
        State.Plan(meeting.Path, meeting.Content, plan.Meeting);
        if (plan.Change.Archive is { } archive)
        {
            State.Plan(archive.To, null);
        }

        var status = plan.UpdatesExistingMeeting ? IngestStatus.Updated : IngestStatus.Created;
        return (new IngestItem(source, status, [meeting.Path], null), plan);
    }

    private List<NoteChange> EntityChanges(List<MeetingPlan> plans)
    {
        var changes = new List<NoteChange>();
        foreach (var entity in plans.SelectMany(p => p.Entities).DistinctBy(e => e.Path, StringComparer.OrdinalIgnoreCase))
        {
            var content = EntityPlanner.Render(entity, State.MeetingsLinking(entity.Subject.Stem));
            var current = State.DiskText(entity.Path);
            if (!string.Equals(current, content, StringComparison.Ordinal))
            {
                changes.Add(new NoteChange(entity.Path, content, current is null ? NoteChangeKind.Create : NoteChangeKind.Update));
            }
        }

        return changes;
    }

    private static List<IngestItem> WithEntityNotes(List<IngestItem> items, List<MeetingPlan> plans) =>
        items.Select(item => plans.FirstOrDefault(p => p.Change.SourcePath == item.Source) is { } plan
                ? item with { Notes = [.. item.Notes, .. plan.Entities.Select(e => e.Path)] }
                : item)
            .ToList();
}
