using System.Globalization;
using Cairn.Notes;
using Cairn.Synthesis;

namespace Cairn.Cli.Output;

/// <summary>
/// docs/design.md's JSON task shape, the one every command prints (<c>tasks</c>, <c>show</c>, <c>brief</c>):
/// with the account of its note and whether it is open past its due date.
/// </summary>
internal sealed record TaskView(
    string File,
    int Line,
    string Status,
    string Text,
    string? Owner,
    string Priority,
    string? Due,
    string? Scheduled,
    string? Start,
    string? Created,
    string? Done,
    string? Cancelled,
    string? Recurrence,
    IReadOnlyList<string> Tags,
    string? Id,
    IReadOnlyList<string> DependsOn,
    string? Account,
    bool Overdue)
{
    public static TaskView From(TaskRow row, DateOnly today)
    {
        var t = row.Task;
        return new TaskView(
            row.File,
            t.Line,
            StatusName(t),
            t.Text,
            row.Owner,
            EnumName.Of(t.Priority),
            Date(t.Due),
            Date(t.Scheduled),
            Date(t.Start),
            Date(t.Created),
            Date(t.Done),
            Date(t.Cancelled),
            t.Recurrence,
            t.Tags,
            t.Id,
            t.DependsOn,
            row.Account,
            BriefTask.From(row, today).Overdue);
    }

    public static string StatusName(TaskLine task) => task.Status switch
    {
        TaskLineStatus.Todo => "todo",
        TaskLineStatus.Done => "done",
        TaskLineStatus.InProgress => "in_progress",
        TaskLineStatus.Cancelled => "cancelled",
        _ => task.StatusChar.ToString(),
    };

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
