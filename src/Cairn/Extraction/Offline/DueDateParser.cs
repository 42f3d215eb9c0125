using System.Globalization;
using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Finds a due date the words give ("by Friday", "next week", "end of January", "December 5", "tomorrow",
/// "EOD") and resolves it against the meeting date. No phrase, no date: nothing is invented.
/// </summary>
internal static partial class DueDateParser
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static DateOnly? Parse(string text, DateOnly meeting) => Find(text, meeting)?.Date;

    /// <summary>The date and the words that gave it, so the task text can drop them. No meeting date (default), no due date.</summary>
    public static (DateOnly Date, string Phrase)? Find(string text, DateOnly meeting)
    {
        if (meeting == default)
        {
            return null;
        }

        var m = Phrase().Match(text);
        while (m.Success)
        {
            var date = Resolve(m, meeting);
            if (date is { } d)
            {
                return (d, m.Value);
            }

            m = m.NextMatch();
        }

        return null;
    }

    private static DateOnly? Resolve(Match m, DateOnly meeting)
    {
        if (m.Groups["today"].Success)
        {
            return meeting;
        }

        if (m.Groups["tomorrow"].Success)
        {
            return meeting.AddDays(1);
        }

        if (m.Groups["weekday"].Success)
        {
            var target = ParseWeekday(m.Groups["weekday"].Value);
            var next = NextOccurrence(meeting, target);
            return m.Groups["nextday"].Success && next < StartOfWeek(meeting).AddDays(7) ? next.AddDays(7) : next;
        }

        if (m.Groups["thisweek"].Success)
        {
            var friday = StartOfWeek(meeting).AddDays(4);
            return friday < meeting ? meeting : friday;
        }

        if (m.Groups["nextweek"].Success)
        {
            return StartOfWeek(meeting).AddDays(11);
        }

        if (m.Groups["endmonth"].Success)
        {
            return new DateOnly(meeting.Year, meeting.Month, DateTime.DaysInMonth(meeting.Year, meeting.Month));
        }

        if (m.Groups["nextmonth"].Success)
        {
            var n = meeting.AddMonths(1);
            return new DateOnly(n.Year, n.Month, DateTime.DaysInMonth(n.Year, n.Month));
        }

        if (m.Groups["endof"].Success)
        {
            var month = MonthNumber(m.Groups["endof"].Value);
            var year = month < meeting.Month ? meeting.Year + 1 : meeting.Year;
            return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        }

        if (m.Groups["in"].Success)
        {
            var n = NumberWords.Parse(m.Groups["n"].Value);
            return n is null or <= 0 or > 365 ? null : m.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase)
                ? meeting.AddDays(7 * n.Value)
                : meeting.AddDays(n.Value);
        }

        if (m.Groups["ordinal"].Success)
        {
            // "by the 21st": that day of this month, or of the next when it has passed.
            var nth = int.Parse(m.Groups["ordinal"].Value, CultureInfo.InvariantCulture);
            var month = nth >= meeting.Day ? meeting : meeting.AddMonths(1);
            return nth is < 1 or > 31 || nth > DateTime.DaysInMonth(month.Year, month.Month) ? null : new DateOnly(month.Year, month.Month, nth);
        }

        if (m.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null;
        }

        var monthName = m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value;
        var dayText = m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value;
        if (monthName.Length == 0 || !int.TryParse(dayText, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }

        var mon = MonthNumber(monthName);
        var y = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : meeting.Year;
        if (day < 1 || day > DateTime.DaysInMonth(y, mon))
        {
            return null;
        }

        var date = new DateOnly(y, mon, day);
        return !m.Groups["year"].Success && date < meeting.AddDays(-31) ? date.AddYears(1) : date;
    }

    private static DateOnly StartOfWeek(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static DateOnly NextOccurrence(DateOnly from, DayOfWeek target)
    {
        var delta = ((int)target - (int)from.DayOfWeek + 7) % 7;
        return from.AddDays(delta == 0 ? 7 : delta);
    }

    private static DayOfWeek ParseWeekday(string word) => word.ToLowerInvariant()[..3] switch
    {
        "mon" => DayOfWeek.Monday,
        "tue" => DayOfWeek.Tuesday,
        "wed" => DayOfWeek.Wednesday,
        "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday,
        "sat" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static int MonthNumber(string word)
    {
        var w = word.ToLowerInvariant();
        return Array.FindIndex(Months, m => m.StartsWith(w[..Math.Min(3, w.Length)], StringComparison.Ordinal)) + 1;
    }

    /// <summary>
    /// A weekday alone at the end of the promise ("I'll share it Wednesday.", "I'll send it Friday and …"): the
    /// next such day, as "by Friday". Not a weekday that names something or some other time: "Wednesday's
    /// meeting", "the Wednesday sync", "since Monday", "last Friday", "every Monday", "starting Monday", "what we discussed Monday".
    /// </summary>
    private const string BareWeekday =
        @"(?<=\w,? )(?<!\b(?:since|last|every|each|from|after|past|previous|that|the|a|said|discussed|mentioned|met|sent|started|began|starting|beginning|through|over|during) )" +
        @"(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)" +
        @"(?=(?: (?:morning|afternoon|evening|night))?(?:\s*(?:[.!?;:,)]|$)|\s+(?:and|but|or|so|if|unless|once|then)\b))";

    private const string MonthPattern = @"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    [GeneratedRegex(
        @"\b(?:(?<today>today|tonight|(?:by |before )?(?:the )?end of (?:the |to)?day|eod|cob|close of business)" +
        @"|(?<tomorrow>tomorrow)" +
        @"|(?:by|on|before|until|till|due|for) (?:(?<nextday>next) |this (?:coming )?)?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)" +
        @"|(?<nextday>next) (?<weekday>monday|tuesday|wednesday|thursday|friday)" +
        @"|" + BareWeekday +
        @"|(?<thisweek>this week|(?:the )?end of (?:the |this )?week|eow)" +
        @"|(?<nextweek>next week)" +
        @"|(?<endmonth>(?:the )?end of (?:the |this )?month|eom)" +
        @"|(?<nextmonth>next month)" +
        @"|(?:the )?end of (?<endof>" + MonthPattern + @")\b" +
        @"|(?<in>in (?<n>\w+) (?<unit>days?|weeks?))" +
        @"|(?<iso>\d{4}-\d{2}-\d{2})" +
        @"|(?:by|on|before|until|till|due) the (?<ordinal>\d{1,2})(?:st|nd|rd|th)\b(?! (?:of )?(?:" + MonthPattern + @"))" +
        @"|(?<m1>" + MonthPattern + @")\.? (?<d1>\d{1,2})(?:st|nd|rd|th)?(?:,? (?<year>20\d\d))?" +
        @"|(?<d2>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<m2>" + MonthPattern + @")\b(?:,? (?<year>20\d\d))?)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
