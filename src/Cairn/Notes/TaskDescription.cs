using System.Text.RegularExpressions;

namespace Cairn.Notes;

/// <summary>Reads the parts of a task description: Cairn's <c>@Owner</c> mention, the tags, the plain text.</summary>
internal static partial class TaskDescription
{
    /// <summary>
    /// The last <c>@</c> mention that starts a word runs to the first <c> #tag</c>, field emoji,
    /// a <c> [[link]]</c> or the end, so <c>@Jeff Denworth #task</c> names "Jeff Denworth".
    /// </summary>
    public static string? Owner(string description)
    {
        var at = MentionStart(description);
        if (at < 0)
        {
            return null;
        }

        var owner = description[(at + 1)..MentionEnd(description, at)].Trim();
        return owner.Length == 0 ? null : owner;
    }

    /// <summary>
    /// The words of the task: without trailing tags, and without a trailing <c>@Owner</c> mention together
    /// with the <c>[[links]]</c> that follow it (entity notes write <c>text @Owner [[meeting]]</c>).
    /// </summary>
    public static string Text(string description)
    {
        var text = StripTrailingTags(description);
        var at = MentionStart(text);
        if (at >= 0 && OnlyLinksFollow(text, MentionEnd(text, at)))
        {
            text = StripTrailingTags(text[..at]);
        }

        return text.Trim();
    }

    private static bool OnlyLinksFollow(string text, int from)
    {
        var rest = text.AsSpan(from).Trim();
        while (rest.StartsWith("[[", StringComparison.Ordinal))
        {
            var close = rest.IndexOf("]]", StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            rest = rest[(close + 2)..].TrimStart();
        }

        return rest.IsEmpty;
    }

    public static IReadOnlyList<string> Tags(string description)
    {
        if (description.IndexOf('#') < 0)
        {
            return [];
        }

        return [.. TagRegex().Matches(description).Select(m => m.Value.Trim())];
    }

    private static string StripTrailingTags(string text)
    {
        var trimmed = text.TrimEnd();
        while (true)
        {
            var m = TrailingTagRegex().Match(trimmed);
            if (!m.Success)
            {
                return trimmed;
            }

            trimmed = trimmed[..m.Index].TrimEnd();
        }
    }

    private static int MentionStart(string text)
    {
        for (var i = text.LastIndexOf('@'); i >= 0; i = i == 0 ? -1 : text.LastIndexOf('@', i - 1))
        {
            var startsWord = i == 0 || char.IsWhiteSpace(text[i - 1]);
            var hasName = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != '#';
            if (startsWord && hasName)
            {
                return i;
            }
        }

        return -1;
    }

    private static int MentionEnd(string text, int at)
    {
        for (var i = at + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && i + 2 < text.Length && text[i + 1] == '#'
                && !char.IsWhiteSpace(text[i + 2]) && TaskFieldMatcher.IsTaskTagChar(text[i + 2]))
            {
                return i;
            }

            // Entity notes write "@Owner [[meeting]]": a link after the name is not part of it.
            if (char.IsWhiteSpace(c) && text.AsSpan(i + 1).StartsWith("[[", StringComparison.Ordinal))
            {
                return i;
            }

            if ((char.IsHighSurrogate(c) || c >= '\u2300') && StartsField(text, i))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static bool StartsField(string text, int i)
    {
        foreach (var emoji in TaskEmoji.FieldStarts)
        {
            if (text.AsSpan(i).StartsWith(emoji, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The Tasks plugin's tag rule: '#' after the start or a space, then no space and none of !@#$%^&*(),.?":{}|<>.
    [GeneratedRegex(@"(?:^|\s)#[^ !@#$%^&*(),.?"":{}|<>]+", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"(?:^|\s)#[^ !@#$%^&*(),.?"":{}|<>]+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex TrailingTagRegex();
}
