using Cairn.Queries;

namespace Cairn.Cli.Output;

/// <summary><c>cairn done --json</c>: where the task ticked lives, the task as now written, its next occurrence (recurring tasks), the mirrors ticked.</summary>
internal sealed record DoneJson(string File, int Line, string? Completed, string? Next, IReadOnlyList<string> Mirrors)
{
    public static DoneJson From(DoneResult r) => new(r.File, r.Line, r.Completed, r.NextOccurrence, r.Mirrors);
}
