namespace Cairn.Ingest;

public enum IngestStatus
{
    Created,
    Updated,
    Skipped,
    Failed,
}
