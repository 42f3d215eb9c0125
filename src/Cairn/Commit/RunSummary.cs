namespace Cairn.Commit;

/// <summary>One run as <c>cairn history</c> shows it.</summary>
public sealed record RunSummary(
    long Id,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    RunStatus Status,
    int Sources,
    int Created,
    int Updated,
    int Moved);
