namespace Cairn.Bench.Extraction.Scoring;

/// <summary>
/// The owners of the tasks found (their text matched a label): the labelled person, another person, or nobody.
/// #22's "owners named wrongly" is <see cref="Wrong"/> over <see cref="Found"/>: a task given to the wrong person
/// misleads ("what do I owe whom"), one with no owner only leaves the answer incomplete, so the two are told apart.
/// </summary>
internal sealed record OwnerTally(int Right, int Wrong, int None)
{
    public static readonly OwnerTally Zero = new(0, 0, 0);

    public int Found => Right + Wrong + None;

    public double WrongShare => Found == 0 ? 0 : (double)Wrong / Found;

    /// <summary>
    /// One found task: the best owner among the items that matched it (right, then another person, then none).
    /// <paramref name="right"/> holds the names the label accepts (the empty string when it names nobody).
    /// </summary>
    public static OwnerTally Of(IEnumerable<string?> owners, IReadOnlyCollection<string> right)
    {
        var named = owners.ToList();
        if (named.Any(o => right.Contains(o ?? string.Empty, StringComparer.OrdinalIgnoreCase)))
        {
            return new(1, 0, 0);
        }

        return named.Any(o => !string.IsNullOrEmpty(o)) ? new(0, 1, 0) : new(0, 0, 1);
    }

    public static OwnerTally operator +(OwnerTally a, OwnerTally b) => new(a.Right + b.Right, a.Wrong + b.Wrong, a.None + b.None);

    public override string ToString() => $"of {Found} found: right {Right}, wrong {Wrong} ({WrongShare:P1}), none {None}";
}
