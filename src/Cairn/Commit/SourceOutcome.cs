namespace Cairn.Commit;

/// <summary>
/// One source's result: its notes (vault-relative), where it was archived or moved, how many times Cairn's new
/// text was offered as a suggestion beside a human edit, and the one-line error when it failed.
/// </summary>
public sealed record SourceOutcome(
    string Source,
    SourceStatus Status,
    IReadOnlyList<string> Notes,
    string? MovedTo,
    int Suggestions,
    string? Error);
