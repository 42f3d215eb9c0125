namespace Cairn.Synthesis;

/// <summary>How many open tasks one owner has (and how many of them are overdue).</summary>
public sealed record OwnerTasks(string Owner, int Open, int Overdue)
{
    public const string Unassigned = "(unassigned)";

    /// <summary>Counts per owner, most open first, then by name.</summary>
    public static IReadOnlyList<OwnerTasks> Count(IEnumerable<BriefTask> tasks) =>
        [.. tasks.GroupBy(t => t.Row.Owner ?? Unassigned, StringComparer.OrdinalIgnoreCase)
            .Select(g => new OwnerTasks(g.First().Row.Owner ?? Unassigned, g.Count(), g.Count(t => t.Overdue)))
            .OrderByDescending(o => o.Open).ThenBy(o => o.Owner, StringComparer.OrdinalIgnoreCase)];
}
