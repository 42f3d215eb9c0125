using Cairn.Notes;

namespace Cairn.Synthesis;

/// <summary>A task in a brief, a dashboard or a list, and whether it is overdue: still open, and due before today.</summary>
public sealed record BriefTask(TaskRow Row, bool Overdue)
{
    public static BriefTask From(TaskRow row, DateOnly today) => new(row, row.Task.IsOpen && row.Task.Due < today);
}
