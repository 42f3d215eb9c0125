using System.Text.RegularExpressions;

namespace Cairn.Notes;

/// <summary>
/// Blanks out the parts of a line Obsidian does not index (code spans, inline HTML comments) with spaces,
/// so positions stay the same and the scanners need no special cases. It writes into a caller's buffer:
/// the index scans every line of every note, and most lines need no mask at all.
/// </summary>
internal static class InlineMask
{
    /// <summary>True when <see cref="HideCodeAndComments"/> may change the line.</summary>
    public static bool HasCodeOrComments(ReadOnlySpan<char> text) =>
        text.Contains('`') || text.Contains("<!--", StringComparison.Ordinal);

    /// <summary>Blanks code spans, then inline comments, in place.</summary>
    public static void HideCodeAndComments(Span<char> chars)
    {
        HideCodeSpans(chars);
        HideComments(chars);
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="destination"/> with every match of <paramref name="regex"/> blanked.</summary>
    public static void Hide(ReadOnlySpan<char> source, Span<char> destination, Regex regex)
    {
        source.CopyTo(destination);
        foreach (var m in regex.EnumerateMatches(source))
        {
            destination.Slice(m.Index, m.Length).Fill(' ');
        }
    }

    /// <summary>A run of n backticks opens a span closed by the next run of exactly n backticks (CommonMark).</summary>
    private static void HideCodeSpans(Span<char> chars)
    {
        var i = 0;
        while (i < chars.Length)
        {
            if (chars[i] != '`')
            {
                i++;
                continue;
            }

            var run = RunLength(chars, i);
            var close = FindRun(chars, i + run, run);
            if (close < 0)
            {
                i += run;
                continue;
            }

            chars[i..(close + run)].Fill(' ');
            i = close + run;
        }
    }

    /// <summary>Each <c>&lt;!--</c> blanks up to its <c>--&gt;</c> or the end; the search reads the line as it was before any comment was blanked.</summary>
    private static void HideComments(Span<char> chars)
    {
        if (!chars.Contains("<!--", StringComparison.Ordinal))
        {
            return;
        }

        var text = new string(chars);
        for (var start = text.IndexOf("<!--", StringComparison.Ordinal); start >= 0; start = text.IndexOf("<!--", start + 4, StringComparison.Ordinal))
        {
            var end = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            var stop = end < 0 ? chars.Length : end + 3;
            chars[start..stop].Fill(' ');
            if (end < 0)
            {
                return;
            }
        }
    }

    private static int RunLength(ReadOnlySpan<char> chars, int at)
    {
        var run = 0;
        while (at + run < chars.Length && chars[at + run] == '`')
        {
            run++;
        }

        return run;
    }

    private static int FindRun(ReadOnlySpan<char> chars, int from, int length)
    {
        for (var i = from; i < chars.Length; i++)
        {
            if (chars[i] != '`')
            {
                continue;
            }

            var run = RunLength(chars, i);
            if (run == length)
            {
                return i;
            }

            i += run - 1;
        }

        return -1;
    }
}
