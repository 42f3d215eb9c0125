namespace Cairn.Ingest;

/// <summary>A note a run writes, with its text before (null when new) and after: what <c>--dry-run</c> shows as a diff.</summary>
public sealed record PlannedWrite(string Path, string? Before, string After);
