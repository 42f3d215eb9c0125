namespace Cairn.Ingest;

/// <summary>What happened to one source: the notes it made or changed (vault-relative), or why it did not.</summary>
public sealed record IngestItem(string Source, IngestStatus Status, IReadOnlyList<string> Notes, string? Error)
{
    /// <summary>How the meeting was dated when the source did not say (<c>dated 2026-11-17 from the file's time</c>), else null.</summary>
    public string? Dated { get; init; }

    /// <summary>What extracted the source and the tokens it took (null when it was not extracted).</summary>
    public Extraction.ExtractionOrigin? Origin { get; init; }

    /// <summary>The SHA-256 of a source skipped as already ingested: what the commit looks up to set it aside.</summary>
    public string? Hash { get; init; }

    /// <summary>The stamp of an Inbox file whose path Cairn refuses (a link out of the vault, a newline in the name): what the commit records so later runs report it once.</summary>
    public string? RefusedStamp { get; init; }
}
