namespace Cairn.Commit;

/// <summary>A source Cairn has turned into notes, keyed by the SHA-256 of its bytes so a copy is never processed twice.</summary>
public sealed record ProcessedSource(
    string Hash,
    string SourcePath,
    string? ArchivedPath,
    IReadOnlyList<string> Notes,
    long RunId,
    DateTimeOffset ProcessedAt);
