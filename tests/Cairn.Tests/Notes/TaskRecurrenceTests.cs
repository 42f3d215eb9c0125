using Cairn.Notes;

namespace Cairn.Tests.Notes;

public sealed class TaskRecurrenceTests
{
    private static readonly DateOnly Today = new(2025, 11, 20);

    [Theory]
    [InlineData("every day", "2025-11-24", "2025-11-25")]
    [InlineData("every 3 days", "2025-11-24", "2025-11-27")]
    [InlineData("every week", "2025-11-24", "2025-12-01")]
    [InlineData("every 2 weeks", "2025-11-24", "2025-12-08")]
    [InlineData("every month", "2025-01-31", "2025-02-28")]
    [InlineData("every year", "2024-02-29", "2025-02-28")]
    [InlineData("every Monday", "2025-11-24", "2025-12-01")]
    [InlineData("every Tuesday, Friday", "2025-11-25", "2025-11-28")]
    [InlineData("every week on Friday", "2025-11-24", "2025-11-28")]
    [InlineData("every weekday", "2025-11-28", "2025-12-01")]
    [InlineData("every day when done", "2025-11-01", "2025-11-21")]
    public void Next_due_date(string rule, string due, string expected)
    {
        TaskLine.TryParse($"- [ ] Water plants 🔁 {rule} 📅 {due}", out var task);

        var next = TaskRecurrence.Next(task, Today);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next!.Due);
        Assert.Equal(' ', next.StatusChar);
        Assert.Null(next.Done);
    }

    [Fact]
    public void Other_dates_keep_their_distance_from_the_reference()
    {
        TaskLine.TryParse("- [ ] Report 🔁 every week ⏳ 2025-11-22 📅 2025-11-24", out var task);

        var next = TaskRecurrence.Next(task, Today)!;

        Assert.Equal((new DateOnly(2025, 11, 29), new DateOnly(2025, 12, 1)), (next.Scheduled!.Value, next.Due!.Value));
    }

    [Fact]
    public void A_task_without_recurrence_has_no_next()
    {
        TaskLine.TryParse("- [ ] Once 📅 2025-11-24", out var task);

        Assert.Null(TaskRecurrence.Next(task, Today));
    }
}
