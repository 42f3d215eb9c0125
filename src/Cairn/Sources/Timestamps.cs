using System.Globalization;

namespace Cairn.Sources;

/// <summary>
/// Offsets as transcripts write them: <c>0:04</c>, <c>1:02:03</c>, <c>00:01:02.345</c>, <c>00:01:02,345</c> (SRT),
/// <c>0:0:5.32</c> (Graph, not padded) and <c>-0:0:1.5</c> (Graph, transcription started mid-call).
/// </summary>
internal static class Timestamps
{
    public static bool TryParse(ReadOnlySpan<char> text, out TimeSpan value)
    {
        value = default;
        text = text.Trim();
        var negative = text.StartsWith("-");
        if (negative)
        {
            text = text[1..];
        }

        Span<Range> parts = stackalloc Range[4];
        var count = text.Split(parts, ':');
        if (count is < 2 or > 3)
        {
            return false;
        }

        long seconds = 0;
        for (var i = 0; i < count - 1; i++)
        {
            var part = text[parts[i]];
            if (part.Length is 0 or > 4 || !IsDigits(part) || (i > 0 && int.Parse(part, CultureInfo.InvariantCulture) >= 60))
            {
                return false;
            }

            seconds = (seconds * 60) + int.Parse(part, CultureInfo.InvariantCulture);
        }

        if (!TryParseSeconds(text[parts[count - 1]], out var last))
        {
            return false;
        }

        var ticks = (seconds * 60 * TimeSpan.TicksPerSecond) + last;
        value = TimeSpan.FromTicks(negative ? -ticks : ticks);
        return true;
    }

    /// <summary><c>HH:MM:SS</c>, the way Cairn prints an offset (negative offsets keep their sign).</summary>
    public static string Format(TimeSpan value)
    {
        var sign = value < TimeSpan.Zero ? "-" : string.Empty;
        var abs = value.Duration();
        return $"{sign}{(int)abs.TotalHours:00}:{abs.Minutes:00}:{abs.Seconds:00}";
    }

    private static bool TryParseSeconds(ReadOnlySpan<char> text, out long ticks)
    {
        ticks = 0;
        var dot = text.IndexOfAny('.', ',');
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? [] : text[(dot + 1)..];
        if (whole.Length is 0 or > 2 || !IsDigits(whole) || fraction.Length > 7 || !IsDigits(fraction) || (dot >= 0 && fraction.Length == 0))
        {
            return false;
        }

        var secs = int.Parse(whole, CultureInfo.InvariantCulture);
        if (secs >= 60)
        {
            return false;
        }

        long fractionTicks = 0;
        if (fraction.Length > 0)
        {
            fractionTicks = long.Parse(fraction, CultureInfo.InvariantCulture);
            for (var i = fraction.Length; i < 7; i++)
            {
                fractionTicks *= 10;
            }
        }

        ticks = (secs * TimeSpan.TicksPerSecond) + fractionTicks;
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
