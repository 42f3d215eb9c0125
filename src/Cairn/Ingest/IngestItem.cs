namespace Cairn.Ingest;

/// <summary>What happened to one source: the notes it made or changed (vault-relative), or why it did not.</summary>
public sealed record IngestItem(string Source, IngestStatus Status, IReadOnlyList<string> Notes, string? Error);
