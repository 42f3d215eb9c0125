namespace Cairn.Queries;

/// <summary>
/// What <c>cairn done</c> did: the task as now written, the next occurrence written above it (recurring tasks),
/// the mirrors ticked (<c>file:line</c>), every file changed; or the one-line reason it did nothing.
/// </summary>
public sealed record DoneResult(string? Completed, string? NextOccurrence, IReadOnlyList<string> Mirrors, IReadOnlyList<string> Files, string? Error)
{
    public static DoneResult Fail(string error) => new(null, null, [], [], error);
}
