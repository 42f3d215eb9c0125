using Cairn.Planning;

namespace Cairn.Ingest;

/// <summary>
/// The outcome of one ingest run: one item per source, the sources' change sets, every note write (what a dry
/// run shows), and the entity notes' change sets, committed after the sources.
/// </summary>
public sealed record IngestReport(IReadOnlyList<IngestItem> Items, IReadOnlyList<ChangeSet> Changes, IReadOnlyList<PlannedWrite> Writes)
{
    /// <summary>One change set per entity note the run refreshes; applied after every source's own change set.</summary>
    public IReadOnlyList<ChangeSet> EntityChanges { get; init; } = [];

    /// <summary>The entity notes each planned source touches (by source path): recorded as owed before the sources commit.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PlannedEntity>> EntitiesBySource { get; init; } = new Dictionary<string, IReadOnlyList<PlannedEntity>>();

    public bool AnyFailed => Items.Any(i => i.Status == IngestStatus.Failed);

    public int Count(IngestStatus status) => Items.Count(i => i.Status == status);
}
