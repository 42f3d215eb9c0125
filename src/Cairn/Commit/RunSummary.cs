namespace Cairn.Commit;

/// <summary>One run as <c>cairn history</c> shows it, with the model tokens its extractions sent and received.</summary>
public sealed record RunSummary(
    long Id,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    RunStatus Status,
    int Sources,
    int Created,
    int Updated,
    int Moved,
    long TokensIn = 0,
    long TokensOut = 0);
