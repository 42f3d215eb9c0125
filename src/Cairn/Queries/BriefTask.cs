namespace Cairn.Queries;

/// <summary>An open task in a brief or a dashboard, and whether its due date has passed.</summary>
public sealed record BriefTask(TaskRow Row, bool Overdue)
{
    public static BriefTask From(TaskRow row, DateOnly today) => new(row, row.Task.Due < today);
}
