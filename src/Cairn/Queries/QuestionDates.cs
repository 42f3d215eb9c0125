using System.Globalization;
using System.Text.RegularExpressions;
using Cairn.Sources;

namespace Cairn.Queries;

/// <summary>
/// The days a question is about, read against today: "today", "yesterday", "this/last week" (Monday to Sunday),
/// "this/last month", "in November" (the latest November not after today), "in 2024", "since October", "since
/// November 3", "before/until ...", "in the last N days", and ISO dates. English month names only.
/// </summary>
public static partial class QuestionDates
{
    /// <summary>The range the question names (either end may be open) and the words that named it; (null, null, []) when it names none.</summary>
    public static (DateOnly? Since, DateOnly? Until, IReadOnlyList<string> Words) Read(string question, DateOnly today)
    {
        DateOnly? since = null;
        DateOnly? until = null;
        var words = new List<string>();
        foreach (Match m in Phrase().Matches(question))
        {
            if (Range(m, today) is not { } range)
            {
                continue;
            }

            var preposition = m.Groups["prep"].Value.ToLowerInvariant();
            if (preposition is "since" or "after" or "from")
            {
                since = range.From;
            }
            else if (preposition is "before" or "until" or "till")
            {
                until = preposition == "before" ? range.From.AddDays(-1) : range.To;
            }
            else
            {
                (since, until) = (range.From, range.To);
            }

            words.AddRange(m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return (since, until, words);
    }

    private static (DateOnly From, DateOnly To)? Range(Match m, DateOnly today)
    {
        var g = m.Groups;
        if (g["rel"].Success)
        {
            return Relative(g["rel"].Value.ToLowerInvariant(), g["unit"].Value.ToLowerInvariant(), today);
        }

        if (g["days"].Success)
        {
            return (today.AddDays(-int.Parse(g["days"].Value, CultureInfo.InvariantCulture)), today);
        }

        if (g["iso"].Success)
        {
            return DateOnly.TryParseExact(g["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? (d, d) : null;
        }

        if (g["mon"].Success)
        {
            // A bare month name is too often a word ("may", "march"): only "in May", "since March 3" count.
            if (!g["prep"].Success)
            {
                return null;
            }

            return MonthRange(g["mon"].Value, g["day"].Success ? g["day"].Value : null, g["y"].Success ? g["y"].Value : null, today);
        }

        var year = int.Parse(g["year"].Value, CultureInfo.InvariantCulture);
        return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    private static (DateOnly, DateOnly)? Relative(string which, string unit, DateOnly today)
    {
        var back = which == "last" ? 1 : 0;
        if (which == "past")
        {
            return (unit == "week" ? today.AddDays(-7) : unit == "month" ? today.AddMonths(-1) : today.AddYears(-1), today);
        }

        switch (unit)
        {
            case "today":
                return (today, today);
            case "yesterday":
                return (today.AddDays(-1), today.AddDays(-1));
            case "week":
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - (7 * back));
                return (monday, back == 1 ? monday.AddDays(6) : today);
            case "month":
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
                return (first, back == 1 ? first.AddMonths(1).AddDays(-1) : today);
            case "year":
                var jan = new DateOnly(today.Year - back, 1, 1);
                return (jan, back == 1 ? new DateOnly(jan.Year, 12, 31) : today);
            default:
                return null;
        }
    }

    /// <summary>A month (or a day of it) named without a year is the latest one not after today.</summary>
    private static (DateOnly, DateOnly)? MonthRange(string name, string? day, string? year, DateOnly today)
    {
        if (DateText.Month(name) is not { } month
            || !CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[month - 1].StartsWith(name, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var y = year is null ? (month > today.Month ? today.Year - 1 : today.Year) : int.Parse(year, CultureInfo.InvariantCulture);
        if (y is < 1900 or > 2200)
        {
            return null;
        }

        var first = new DateOnly(y, month, 1);
        if (day is null)
        {
            return (first, first.AddMonths(1).AddDays(-1));
        }

        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return d >= 1 && d <= DateTime.DaysInMonth(y, month) ? (new DateOnly(y, month, d), new DateOnly(y, month, d)) : null;
    }

    [GeneratedRegex(
        @"\b(?:(?<prep>in|since|after|from|before|until|till|during|on|of)\s+)?(?:the\s+)?(?:" +
        @"(?<rel>this|last|past)\s+(?<unit>week|month|year)|(?<unit>today|yesterday)(?<rel>)" +
        @"|(?:last|past)\s+(?<days>\d{1,3})\s+days" +
        @"|(?<iso>\d{4}-\d{2}-\d{2})" +
        @"|(?<mon>[A-Za-z]{3,9})(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?<y>\d{4}))?" +
        @"|(?<year>(?:19|20|21)\d{2}))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
