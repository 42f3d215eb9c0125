namespace Cairn.Commit;

/// <summary>
/// What the committer writes over a note that exists: the one rule, used by the commit and by every dry run (so a
/// dry run shows the lines a person added staying, as the run keeps them, not the planned text alone).
/// </summary>
public static class NoteMerge
{
    /// <summary>
    /// With a ledger base (<paramref name="base"/>, the text Cairn last wrote), a 3-way merge. Without one the file is
    /// not Cairn's (or the state was lost): if it already says what Cairn would write, adopt it; otherwise keep it
    /// whole and offer Cairn's text in a callout. An entity note is joined instead of offered (<see cref="NoteJoin"/>).
    /// </summary>
    public static MergeResult Of(string? @base, string ours, string theirs)
    {
        if (@base is not null)
        {
            var merged = ThreeWayMerge.Merge(@base, ours, theirs);
            return merged.Suggestions > 0 ? Join(@base, ours, theirs) ?? merged : merged;
        }

        return theirs.Replace("\r\n", "\n", StringComparison.Ordinal) == ours
            ? new MergeResult(ours, 0)
            : Join(null, ours, theirs) ?? ThreeWayMerge.Offer(theirs, ours);
    }

    /// <summary>An entity note the merge cannot settle line by line (a note a person wrote, or edited next to Cairn's lines) is joined, not offered in callouts.</summary>
    private static MergeResult? Join(string? @base, string ours, string theirs) =>
        NoteJoin.Applies(ours) ? NoteJoin.Join(theirs, ours, @base) : null;
}
