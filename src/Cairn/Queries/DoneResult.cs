namespace Cairn.Queries;

/// <summary>
/// What <c>cairn done</c> did: where the task it ticked lives (the meeting's task when given a copy of it), the task as now written, the next occurrence written above it (recurring tasks),
/// the mirrors ticked (<c>file:line</c>); or the one-line reason it did nothing.
/// </summary>
public sealed record DoneResult(string? Completed, string? NextOccurrence, IReadOnlyList<string> Mirrors, string? Error)
{
    /// <summary>The note of the task ticked (vault-relative), and its line (before a next occurrence was inserted above it).</summary>
    public string File { get; init; } = string.Empty;

    public int Line { get; init; }

    public static DoneResult Fail(string error) => new(null, null, [], error);
}
