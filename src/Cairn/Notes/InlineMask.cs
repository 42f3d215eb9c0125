using System.Text.RegularExpressions;

namespace Cairn.Notes;

/// <summary>
/// Blanks out the parts of a line Obsidian does not index (code spans, inline HTML comments) with spaces,
/// so positions stay the same and the scanners need no special cases.
/// </summary>
internal static class InlineMask
{
    public static string HideCodeAndComments(string text)
    {
        if (text.IndexOf('`') < 0 && !text.Contains("<!--", StringComparison.Ordinal))
        {
            return text;
        }

        var chars = text.ToCharArray();
        HideCodeSpans(chars);
        HideComments(chars);
        return new string(chars);
    }

    public static string Hide(string text, Regex regex)
    {
        var chars = text.ToCharArray();
        foreach (Match m in regex.Matches(text))
        {
            Array.Fill(chars, ' ', m.Index, m.Length);
        }

        return new string(chars);
    }

    /// <summary>A run of n backticks opens a span closed by the next run of exactly n backticks (CommonMark).</summary>
    private static void HideCodeSpans(char[] chars)
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

            Array.Fill(chars, ' ', i, close + run - i);
            i = close + run;
        }
    }

    private static void HideComments(char[] chars)
    {
        var text = new string(chars);
        for (var start = text.IndexOf("<!--", StringComparison.Ordinal); start >= 0; start = text.IndexOf("<!--", start + 4, StringComparison.Ordinal))
        {
            var end = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            var stop = end < 0 ? chars.Length : end + 3;
            Array.Fill(chars, ' ', start, stop - start);
            if (end < 0)
            {
                return;
            }
        }
    }

    private static int RunLength(char[] chars, int at)
    {
        var run = 0;
        while (at + run < chars.Length && chars[at + run] == '`')
        {
            run++;
        }

        return run;
    }

    private static int FindRun(char[] chars, int from, int length)
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
