namespace Cairn.Bench.Extraction.Scoring;

/// <summary>
/// The owners of the extracted tasks that a label backs (their text matched one): the labelled person, another
/// person, or nobody. #22's "owners named wrongly" is <see cref="Wrong"/> over <see cref="Found"/>: a task given to
/// the wrong person misleads ("what do I owe whom"), one with no owner only leaves the answer incomplete, so the two
/// are told apart. Counted per extracted task, so a second copy with another owner counts against it.
/// </summary>
internal sealed record OwnerTally(int Right, int Wrong, int None)
{
    public static readonly OwnerTally Zero = new(0, 0, 0);

    public int Found => Right + Wrong + None;

    public double WrongShare => Found == 0 ? 0 : (double)Wrong / Found;

    /// <summary>
    /// One extracted task. <paramref name="right"/> holds the names the labels it matched accept (the empty string
    /// when one names nobody): an item that matches two labels is right when it has either's owner.
    /// </summary>
    public static OwnerTally Of(string? owner, IEnumerable<string> right)
    {
        if (right.Any(r => IsThePerson(owner, r)))
        {
            return new(1, 0, 0);
        }

        return string.IsNullOrEmpty(owner) ? new(0, 0, 1) : new(0, 1, 0);
    }

    /// <summary>
    /// Whether an extracted owner is the labelled person: the same name, or the first name alone when that is all the
    /// source gives ("could we get Aisha to review…" for Aisha Khan, who is not in the meeting). Ingest completes such a
    /// name from the vault's People notes; the eval runs without a vault, and the first name is not another person.
    /// </summary>
    public static bool IsThePerson(string? owner, string? labelled)
    {
        var (o, l) = (owner ?? string.Empty, labelled ?? string.Empty);
        return o.Equals(l, StringComparison.OrdinalIgnoreCase)
            || (o.Length > 0 && !o.Contains(' ') && l.Split(' ') is { Length: > 1 } parts && parts[0].Equals(o, StringComparison.OrdinalIgnoreCase));
    }

    public static OwnerTally operator +(OwnerTally a, OwnerTally b) => new(a.Right + b.Right, a.Wrong + b.Wrong, a.None + b.None);

    public override string ToString() => $"of {Found} found: right {Right}, wrong {Wrong} ({WrongShare:P1}), none {None}";
}
