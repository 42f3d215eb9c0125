namespace Cairn.Notes;

/// <summary>
/// Obsidian's inline tag rule: <c>#</c> after the start, a space or <c>[</c>, then letters, digits,
/// <c>_ - /</c> or any non-ASCII character, with at least one non-digit (<c>#1984</c> is no tag).
/// </summary>
public static class InlineTags
{
    /// <summary>Adds the tags of one line (numbered <paramref name="line"/>) to <paramref name="tags"/>.</summary>
    internal static void Find(ReadOnlySpan<char> text, int line, List<InlineTag> tags)
    {
        for (var i = text.IndexOf('#'); i >= 0 && i < text.Length; i = NextHash(text, i + 1))
        {
            if (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] != '[')
            {
                continue;
            }

            var end = i + 1;
            var hasNonDigit = false;
            while (end < text.Length && IsTagChar(text[end]))
            {
                hasNonDigit |= !char.IsAsciiDigit(text[end]);
                end++;
            }

            if (end > i + 1 && hasNonDigit)
            {
                tags.Add(new InlineTag(text[i..end].ToString(), line));
                i = end - 1;
            }
        }
    }

    private static int NextHash(ReadOnlySpan<char> text, int from)
    {
        var next = text[from..].IndexOf('#');
        return next < 0 ? -1 : from + next;
    }

    private static bool IsTagChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '/';
        }

        // General punctuation (U+2000–U+206F) and supplemental punctuation end a tag, as in Obsidian.
        return !char.IsWhiteSpace(c) && c is not (>= '\u2000' and <= '\u206F') and not (>= '\u2E00' and <= '\u2E7F');
    }
}
