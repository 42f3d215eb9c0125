using Cairn.Commit;

namespace Cairn.Ingest;

/// <summary>A note a run writes, with its text before (null when new) and after: what <c>--dry-run</c> shows as a diff.</summary>
public sealed record PlannedWrite(string Path, string? Before, string After)
{
    /// <summary>
    /// The write the committer makes of <paramref name="planned"/>: over an existing note, the text merged with the
    /// person's edits against <paramref name="ledger"/> (<see cref="NoteMerge"/>), so a dry run shows what the run keeps.
    /// </summary>
    public static PlannedWrite Of(string path, string? before, string planned, string? ledger) =>
        new(path, before, before is null ? planned : NoteMerge.Of(ledger, planned, before).Text);

    /// <summary>False when the merge leaves the note as it is (the only difference was the person's own edit).</summary>
    public bool Changes => !string.Equals(Before, After, StringComparison.Ordinal);
}
