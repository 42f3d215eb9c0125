namespace Cairn.Notes;

/// <summary>
/// The Tasks plugin's end-anchored field patterns, matched by hand from the end of the text (the plugin's
/// regular expressions, e.g. <c>📅\uFE0F? *(\d{4}-\d{2}-\d{2})$</c>, made cheap enough to run on every line).
/// </summary>
internal static class TaskFieldMatcher
{
    private static readonly string[] DoneEmoji = [TaskEmoji.Done];
    private static readonly string[] CancelledEmoji = [TaskEmoji.Cancelled];
    private static readonly string[] StartEmoji = [TaskEmoji.Start];
    private static readonly string[] CreatedEmoji = [TaskEmoji.Created];
    private static readonly string[] RecurrenceEmoji = [TaskEmoji.Recurrence];
    private static readonly string[] OnCompletionEmoji = [TaskEmoji.OnCompletion];
    private static readonly string[] IdEmoji = [TaskEmoji.Id];
    private static readonly string[] DependsOnEmoji = [TaskEmoji.DependsOn];

    /// <summary>Tries one field at the end of <paramref name="s"/>; on success gives where the match starts and its value (a slice of <paramref name="s"/>).</summary>
    public static bool TryMatch(TaskLineParser.ReaderField field, ReadOnlySpan<char> s, out int start, out ReadOnlySpan<char> value) => field switch
    {
        TaskLineParser.ReaderField.Priority => Priority(s, out start, out value),
        TaskLineParser.ReaderField.Done => Date(s, DoneEmoji, out start, out value),
        TaskLineParser.ReaderField.Cancelled => Date(s, CancelledEmoji, out start, out value),
        TaskLineParser.ReaderField.Due => Date(s, TaskEmoji.DueVariants, out start, out value),
        TaskLineParser.ReaderField.Scheduled => Date(s, TaskEmoji.ScheduledVariants, out start, out value),
        TaskLineParser.ReaderField.Start => Date(s, StartEmoji, out start, out value),
        TaskLineParser.ReaderField.Created => Date(s, CreatedEmoji, out start, out value),
        TaskLineParser.ReaderField.Recurrence => Run(s, RecurrenceEmoji, c => char.IsAsciiLetterOrDigit(c) || c is ',' or ' ' or '!', out start, out value),
        TaskLineParser.ReaderField.OnCompletion => Run(s, OnCompletionEmoji, char.IsAsciiLetter, out start, out value),
        TaskLineParser.ReaderField.Id => Run(s, IdEmoji, IsIdChar, out start, out value),
        TaskLineParser.ReaderField.DependsOn => DependsOn(s, out start, out value),
        _ => Tag(s, out start, out value),
    };

    private static bool Priority(ReadOnlySpan<char> s, out int start, out ReadOnlySpan<char> value)
    {
        var end = SkipVariation(s, s.Length);
        foreach (var emoji in TaskEmoji.Priorities)
        {
            if (s[..end].EndsWith(emoji, StringComparison.Ordinal))
            {
                start = end - emoji.Length;
                value = emoji;
                return true;
            }
        }

        return Fail(out start, out value);
    }

    private static bool Date(ReadOnlySpan<char> s, string[] emojis, out int start, out ReadOnlySpan<char> value)
    {
        var n = s.Length;
        if (n < 11 || !IsoDate.HasShape(s[(n - 10)..]))
        {
            return Fail(out start, out value);
        }

        value = s[(n - 10)..];
        return Emoji(s, n - 10, emojis, out start) || Fail(out start, out _);
    }

    /// <summary><c>emoji\uFE0F? *(run)$</c> where the run is made of <paramref name="isValueChar"/> characters.</summary>
    private static bool Run(ReadOnlySpan<char> s, string[] emojis, Func<char, bool> isValueChar, out int start, out ReadOnlySpan<char> value)
    {
        var i = s.Length;
        while (i > 0 && isValueChar(s[i - 1]))
        {
            i--;
        }

        value = s[i..].Trim();
        if (i == s.Length || value.Length == 0)
        {
            return Fail(out start, out value);
        }

        return Emoji(s, i, emojis, out start) || Fail(out start, out value);
    }

    /// <summary><c>⛔\uFE0F? *(id( *, *id *)*)$</c>.</summary>
    private static bool DependsOn(ReadOnlySpan<char> s, out int start, out ReadOnlySpan<char> value)
    {
        if (!Run(s, DependsOnEmoji, c => IsIdChar(c) || c is ',' or ' ', out start, out value))
        {
            return false;
        }

        foreach (var part in value.Split(','))
        {
            var id = value[part].Trim();
            if (id.Length == 0 || !AllIdChars(id))
            {
                return Fail(out start, out value);
            }
        }

        return true;
    }

    /// <summary><c>(^|\s)#[^ !@#$%^&amp;*(),.?":{}|&lt;&gt;]+$</c>: the match includes the whitespace before the tag.</summary>
    private static bool Tag(ReadOnlySpan<char> s, out int start, out ReadOnlySpan<char> value)
    {
        var i = s.Length;
        while (i > 0 && IsTaskTagChar(s[i - 1]))
        {
            i--;
        }

        if (i == s.Length || i == 0 || s[i - 1] != '#')
        {
            return Fail(out start, out value);
        }

        var hash = i - 1;
        if (hash == 0)
        {
            start = 0;
        }
        else if (char.IsWhiteSpace(s[hash - 1]))
        {
            start = hash - 1;
        }
        else
        {
            return Fail(out start, out value);
        }

        value = s[hash..];
        return true;
    }

    /// <summary>Before <paramref name="end"/>: spaces, an optional U+FE0F, then one of the emojis.</summary>
    private static bool Emoji(ReadOnlySpan<char> s, int end, string[] emojis, out int start)
    {
        var i = end;
        while (i > 0 && s[i - 1] == ' ')
        {
            i--;
        }

        i = SkipVariation(s, i);
        foreach (var emoji in emojis)
        {
            if (s[..i].EndsWith(emoji, StringComparison.Ordinal))
            {
                start = i - emoji.Length;
                return true;
            }
        }

        start = -1;
        return false;
    }

    private static int SkipVariation(ReadOnlySpan<char> s, int end) => end > 0 && s[end - 1] == '\uFE0F' ? end - 1 : end;

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static bool AllIdChars(ReadOnlySpan<char> id)
    {
        foreach (var c in id)
        {
            if (!IsIdChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The plugin's tag characters: anything but a space and <c>!@#$%^&amp;*(),.?":{}|&lt;&gt;</c>.</summary>
    internal static bool IsTaskTagChar(char c) => c is not (' ' or '!' or '@' or '#' or '$' or '%' or '^' or '&' or '*' or '(' or ')' or ',' or '.' or '?' or '"' or ':' or '{' or '}' or '|' or '<' or '>');

    private static bool Fail(out int start, out ReadOnlySpan<char> value)
    {
        start = -1;
        value = [];
        return false;
    }
}
