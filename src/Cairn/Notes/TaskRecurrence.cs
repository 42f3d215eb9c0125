using System.Text.RegularExpressions;

namespace Cairn.Notes;

/// <summary>
/// The next occurrence of a recurring task, as the Tasks plugin writes it when the task is completed: the rule
/// (<c>every day</c>, <c>every 3 weeks</c>, <c>every month</c>, <c>every Monday, Thursday</c>, <c>every week on
/// Friday</c>, <c>every weekday</c>, any of them <c>when done</c>) moves the reference date (due, else scheduled,
/// else start; the completion day for <c>when done</c>) and every other date keeps its distance from it.
/// Returns null when the task does not recur or its rule is not one of these.
/// </summary>
public static partial class TaskRecurrence
{
    private static readonly string[] Days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public static TaskLine? Next(TaskLine task, DateOnly completedOn)
    {
        if (task.Recurrence is not { } recurrence)
        {
            return null;
        }

        var rule = recurrence.Trim().ToLowerInvariant();
        var whenDone = rule.EndsWith(" when done", StringComparison.Ordinal);
        rule = whenDone ? rule[..^" when done".Length].Trim() : rule;
        var anchor = task.Due ?? task.Scheduled ?? task.Start;
        var reference = whenDone ? completedOn : anchor ?? completedOn;
        if (NextDate(rule, reference) is not { } next)
        {
            return null;
        }

        // The reference date becomes the next date; the others keep their distance from it.
        var shift = next.DayNumber - (anchor ?? reference).DayNumber;

        return task with
        {
            StatusChar = ' ',
            Done = null,
            Cancelled = null,
            Due = task.Due?.AddDays(shift),
            Scheduled = task.Scheduled?.AddDays(shift),
            Start = task.Start?.AddDays(shift),
            Line = 0,
            Raw = string.Empty,
        };
    }

    /// <summary>The first date the rule gives after <paramref name="from"/>, or null for a rule this does not read.</summary>
    public static DateOnly? NextDate(string rule, DateOnly from)
    {
        if (!rule.StartsWith("every ", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = rule[6..].Trim();
        if (rest == "weekday")
        {
            return NextOn(from, [1, 2, 3, 4, 5]);
        }

        if (Interval().Match(rest) is { Success: true } m)
        {
            var n = m.Groups[1].Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            if (n is < 1 or > 1000)
            {
                return null;
            }

            if (m.Groups[3].Success)
            {
                return WeekdaysOf(m.Groups[3].Value) is { } on && m.Groups[2].Value == "week" ? NextOn(from.AddDays(7 * (n - 1)), on) : null;
            }

            return m.Groups[2].Value switch
            {
                "day" => from.AddDays(n),
                "week" => from.AddDays(7 * n),
                "month" => from.AddMonths(n),
                _ => from.AddYears(n),
            };
        }

        return WeekdaysOf(rest) is { } days ? NextOn(from, days) : null;
    }

    private static DateOnly NextOn(DateOnly from, int[] weekdays)
    {
        var day = from.AddDays(1);
        while (Array.IndexOf(weekdays, (int)day.DayOfWeek) < 0)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static int[]? WeekdaysOf(string text)
    {
        var names = text.Replace(" and ", ",", StringComparison.Ordinal).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var days = names.Select(n => Array.IndexOf(Days, n)).ToArray();
        return days.Length > 0 && days.All(d => d >= 0) ? days : null;
    }

    [GeneratedRegex(@"^(?:(\d+) )?(day|week|month|year)s?(?: on (.+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Interval();
}
