using System.Globalization;

namespace Cairn.Notes;

/// <summary>
/// The notes' date text, <c>yyyy-MM-dd</c>, written (<see cref="Format"/>) and read. Reads <c>yyyy-MM-dd</c> as <c>DateOnly.TryParseExact(text, "yyyy-MM-dd", InvariantCulture)</c> does, reading the
/// usual shape (four, two and two ASCII digits) by hand: the format parser cost a fifth of parsing the bench vault,
/// whose every task carries a date. Any other text goes to the format parser, so the answer never differs.
/// </summary>
internal static class IsoDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        if (!HasShape(text))
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        var year = Digits(text[..4]);
        var month = Digits(text[5..7]);
        var day = Digits(text[8..10]);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            date = default;
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Four ASCII digits, a dash, two digits, a dash, two digits: nothing before or after.</summary>
    public static bool HasShape(ReadOnlySpan<char> d) =>
        d.Length == 10 && char.IsAsciiDigit(d[0]) && char.IsAsciiDigit(d[1]) && char.IsAsciiDigit(d[2]) && char.IsAsciiDigit(d[3]) && d[4] == '-'
        && char.IsAsciiDigit(d[5]) && char.IsAsciiDigit(d[6]) && d[7] == '-' && char.IsAsciiDigit(d[8]) && char.IsAsciiDigit(d[9]);

    private static int Digits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
