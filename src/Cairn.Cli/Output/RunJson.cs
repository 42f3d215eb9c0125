using Cairn.Commit;

namespace Cairn.Cli.Output;

/// <summary>One run of <c>cairn history --json</c>, with the model tokens its extractions sent and received.</summary>
internal sealed record RunJson(long Run, DateTimeOffset Started, DateTimeOffset? Finished, RunStatus Status, int Sources, int Created, int Updated, int Moved, long TokensIn, long TokensOut)
{
    public static RunJson From(RunSummary r) => new(r.Id, r.Started, r.Finished, r.Status, r.Sources, r.Created, r.Updated, r.Moved, r.TokensIn, r.TokensOut);
}
