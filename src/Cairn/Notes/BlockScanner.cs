namespace Cairn.Notes;

/// <summary>
/// Classifies each line of a note (frontmatter, code, comments, text) in one pass, so that the
/// inline scanners only look where Obsidian does.
/// </summary>
internal static class BlockScanner
{
    public static LineKind[] Classify(List<NoteLine> lines, int frontmatterEnd)
    {
        var kinds = new LineKind[lines.Count];
        var fenceChar = '\0';
        var fenceLength = 0;
        var inHtml = false;
        var inPercent = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i <= frontmatterEnd)
            {
                kinds[i] = LineKind.Frontmatter;
                continue;
            }

            var text = lines[i].Text;
            if (fenceChar != '\0')
            {
                kinds[i] = LineKind.Code;
                if (IsFenceClose(text, fenceChar, fenceLength))
                {
                    fenceChar = '\0';
                }

                continue;
            }

            if (inHtml)
            {
                kinds[i] = LineKind.HtmlComment;
                inHtml = !text.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            if (inPercent)
            {
                kinds[i] = LineKind.PercentComment;
                inPercent = CountPercentPairs(text) % 2 == 0;
                continue;
            }

            if (TryOpenFence(text, out fenceChar, out fenceLength))
            {
                kinds[i] = LineKind.Code;
                continue;
            }

            var trimmed = text.AsSpan().TrimStart();
            if (trimmed.StartsWith("<!--", StringComparison.Ordinal) && !trimmed[4..].Contains("-->", StringComparison.Ordinal))
            {
                kinds[i] = LineKind.HtmlComment;
                inHtml = true;
                continue;
            }

            if (trimmed.StartsWith("%%", StringComparison.Ordinal) && CountPercentPairs(text) % 2 == 1)
            {
                kinds[i] = LineKind.PercentComment;
                inPercent = true;
                continue;
            }

            kinds[i] = LineKind.Text;
        }

        return kinds;
    }

    private static bool TryOpenFence(string text, out char fenceChar, out int length)
    {
        fenceChar = '\0';
        length = 0;
        var span = StripContainerPrefix(text);
        if (span.Length < 3 || (span[0] != '`' && span[0] != '~'))
        {
            return false;
        }

        var c = span[0];
        var run = 0;
        while (run < span.Length && span[run] == c)
        {
            run++;
        }

        // A backtick fence's info string may not contain a backtick (CommonMark).
        if (run < 3 || (c == '`' && span[run..].Contains('`')))
        {
            return false;
        }

        fenceChar = c;
        length = run;
        return true;
    }

    private static bool IsFenceClose(string text, char fenceChar, int length)
    {
        var span = StripContainerPrefix(text);
        var run = 0;
        while (run < span.Length && span[run] == fenceChar)
        {
            run++;
        }

        return run >= length && span[run..].IsWhiteSpace();
    }

    /// <summary>Skips indentation and blockquote markers, so fences nested in lists and callouts are seen.</summary>
    private static ReadOnlySpan<char> StripContainerPrefix(string text)
    {
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length && (span[i] == ' ' || span[i] == '\t' || span[i] == '>'))
        {
            i++;
        }

        return span[i..];
    }

    private static int CountPercentPairs(string text)
    {
        var count = 0;
        for (var i = text.IndexOf("%%", StringComparison.Ordinal); i >= 0; i = text.IndexOf("%%", i + 2, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
