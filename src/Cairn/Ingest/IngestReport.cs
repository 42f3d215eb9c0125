using Cairn.Planning;

namespace Cairn.Ingest;

/// <summary>The outcome of one ingest run: one item per source, the change sets, and every note write.</summary>
public sealed record IngestReport(IReadOnlyList<IngestItem> Items, IReadOnlyList<ChangeSet> Changes, IReadOnlyList<PlannedWrite> Writes)
{
    public bool AnyFailed => Items.Any(i => i.Status == IngestStatus.Failed);

    public int Count(IngestStatus status) => Items.Count(i => i.Status == status);
}
