namespace Cairn.Cli.Output;

/// <summary><c>cairn rebuild --json</c>: the entity notes rewritten (or, with <c>--dry-run</c>, that would be) and the ones whose write failed.</summary>
internal sealed record RebuildJson(IReadOnlyList<string> Notes, IReadOnlyList<RebuildJson.Failure> Failed)
{
    /// <summary>A note not rewritten, and why.</summary>
    internal sealed record Failure(string Note, string? Error);
}
