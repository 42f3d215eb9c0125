using Cairn.Notes;

namespace Cairn.Index;

/// <summary>
/// The filters of <c>cairn tasks</c>. <see cref="DueBefore"/> is strict; <see cref="OverdueOn"/> keeps open tasks
/// due strictly before that day. Owner and account compare case-insensitively.
/// </summary>
public sealed record TaskFilter
{
    public TaskStatusFilter Status { get; init; } = TaskStatusFilter.Open;

    public string? Owner { get; init; }

    /// <summary>Other names the owner goes by (an entity's aliases): a task owned by any of them is the owner's.</summary>
    public IReadOnlyList<string> OwnerAliases { get; init; } = [];

    public DateOnly? DueBefore { get; init; }

    public DateOnly? OverdueOn { get; init; }

    public TaskPriority? Priority { get; init; }

    public string? Account { get; init; }
}
