using System.Globalization;
using System.Text.RegularExpressions;

namespace Cairn.Sources;

/// <summary>
/// Finds a calendar date in the ways headers write one: <c>2025-11-12</c>, <c>2024/11/19</c>,
/// <c>Nov 12, 2025</c>, <c>November 12 2025</c>, <c>2 March 2005</c>, <c>Tue, 18 Nov 2025</c>, Teams' <c>20050302_100000</c>.
/// English month names only: a localised month is simply not found, and the file name is asked next.
/// </summary>
internal static partial class DateText
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryFind(string text, out DateOnly date)
    {
        date = default;
        if (text.Length > 400)
        {
            return false;
        }

        var iso = IsoDate().Match(text);
        if (iso.Success && TryMake(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, out date))
        {
            return true;
        }

        var monthFirst = MonthFirst().Match(text);
        if (monthFirst.Success && MonthNumber(monthFirst.Groups["mon"].Value) is { } m1
            && TryMake(monthFirst.Groups["y"].Value, m1, monthFirst.Groups["d"].Value, out date))
        {
            return true;
        }

        var dayFirst = DayFirst().Match(text);
        return dayFirst.Success && MonthNumber(dayFirst.Groups["mon"].Value) is { } m2
            && TryMake(dayFirst.Groups["y"].Value, m2, dayFirst.Groups["d"].Value, out date);
    }

    /// <summary>
    /// True when the whole line is a date, perhaps with a weekday and a time (<c>Sep 12, 2025, 9:00 AM</c>):
    /// a header's date line, as opposed to a sentence that mentions a date.
    /// </summary>
    public static bool IsDateLine(string line, out DateOnly date)
    {
        date = default;
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > 60 || !TryFind(trimmed, out date))
        {
            return false;
        }

        var rest = DateLineNoise().Replace(trimmed, " ");
        return rest.Trim().Length == 0;
    }

    /// <summary>A <c>YYYY-MM-DD</c> prefix on a file name, the convention Cairn's own Inbox uses.</summary>
    public static bool TryFileNamePrefix(string fileName, out DateOnly date, out string rest)
    {
        date = default;
        rest = fileName;
        var match = FileNamePrefix().Match(fileName);
        if (!match.Success || !TryMake(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out date))
        {
            return false;
        }

        rest = fileName[match.Length..];
        return true;
    }

    /// <summary>The month a name or its first three letters means (1-12), or null.</summary>
    public static int? Month(string name) => MonthNumber(name) is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The date in a file name without its extension: Cairn's <c>YYYY-MM-DD</c> prefix, Zoom's recording stamp
    /// <c>GMT20261117-150210_Recording.transcript</c>, or a trailing <c>… 2026-11-17</c>; <paramref name="rest"/> is the name without it
    /// (Zoom's fixed <c>Recording</c> words included, which name no meeting).
    /// </summary>
    public static bool TryFileName(string name, out DateOnly date, out string rest)
    {
        if (TryFileNamePrefix(name, out date, out rest))
        {
            return true;
        }

        rest = name;
        var zoom = ZoomStamp().Match(name);
        if (zoom.Success && TryMake(zoom.Groups["y"].Value, zoom.Groups["m"].Value, zoom.Groups["d"].Value, out date))
        {
            rest = name[zoom.Length..];
            return true;
        }

        var trailing = FileNameSuffix().Match(name);
        if (trailing.Success && TryMake(trailing.Groups["y"].Value, trailing.Groups["m"].Value, trailing.Groups["d"].Value, out date))
        {
            rest = name[..trailing.Index];
            return true;
        }

        return false;
    }

    private static string? MonthNumber(string name)
    {
        if (name.Length < 3)
        {
            return null;
        }

        var index = Array.IndexOf(Months, name[..3].ToLowerInvariant());
        return index < 0 ? null : (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static bool TryMake(string y, string m, string d, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(y, CultureInfo.InvariantCulture, out var year) || !int.TryParse(m, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(d, CultureInfo.InvariantCulture, out var day) || year is < 1900 or > 2200 || month is < 1 or > 12
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20|21)\d{2})[-/]?(?<m>[01]\d)[-/]?(?<d>[0-3]\d)(?![\d])|(?<y>(?:19|20|21)\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<mon>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})\b")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[\s_.\-–—]+|$)")]
    private static partial Regex FileNamePrefix();

    [GeneratedRegex(@"^GMT(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?:-\d{6})?(?:_+(?:Recording(?:_\d+x\d+)?)?(?:\.(?:transcript|cc))*)?", RegexOptions.IgnoreCase)]
    private static partial Regex ZoomStamp();

    [GeneratedRegex(@"(?:^|[\s_.\-–—(\[]+)(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})[)\]]?$")]
    private static partial Regex FileNameSuffix();

    // Everything a date line may hold besides the date: weekday, month, numbers, time, am/pm, "at", a zone.
    [GeneratedRegex(@"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]{0,7}\.?|[ap]\.?m\.?|at|gmt|utc)|[A-Z]{2,5}\b|\d{1,4}(?:st|nd|rd|th)?|[,:/\-.()+@_]|\s")]
    private static partial Regex DateLineNoise();
}
