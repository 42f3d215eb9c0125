namespace Cairn.Commit;

/// <summary>
/// One file operation of a run, journaled before it happens so it can be rolled back or undone exactly.
/// <see cref="Path"/> is vault-relative (for a move, the destination); <see cref="PriorBytes"/> is the file before
/// an update, <see cref="PriorPath"/> where a moved file came from, <see cref="NewHash"/> the SHA-256 of what was
/// written (to notice later edits), <see cref="PriorLedger"/> the ledger text the note had before the run.
/// </summary>
public sealed record JournalEntry(
    long Id,
    long RunId,
    string? SourceHash,
    OperationKind Kind,
    string Path,
    string? PriorPath,
    byte[]? PriorBytes,
    string? NewHash,
    bool HadLedger,
    string? PriorLedger,
    OperationState State);
