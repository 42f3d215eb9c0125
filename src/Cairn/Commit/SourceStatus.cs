namespace Cairn.Commit;

/// <summary>What happened to one source in a run (the <c>status</c> of an ingest result).</summary>
public enum SourceStatus
{
    /// <summary>At least one new note was written.</summary>
    Created,

    /// <summary>Only existing notes changed.</summary>
    Updated,

    /// <summary>Already processed (same bytes): nothing was done.</summary>
    Skipped,

    /// <summary>Nothing was kept; the source waits in the Inbox or sits in <c>_failed/</c>.</summary>
    Failed,
}
