using System.Text.RegularExpressions;
using Cairn.Sources;

namespace Cairn.Extraction.Offline;

/// <summary>A short title: the source's own (without "Re:", dates or extensions) unless it is generic, else account and main topic.</summary>
internal static partial class TitleMaker
{
    public static string Make(string sourceTitle, string? account, IReadOnlyList<string> topics, IReadOnlyList<string> participants)
    {
        if (Named(sourceTitle) is { } t)
        {
            return t.Length > 80 ? t[..80].TrimEnd() : t;
        }

        var topic = topics.Count > 0 ? char.ToUpperInvariant(topics[0][0]) + topics[0][1..] : "Meeting";
        var who = account ?? (participants.Count is > 0 and <= 2 ? string.Join(" and ", participants.Select(p => p.Split(' ')[0])) : null);
        return who is null ? topic : $"{who} - {topic}";
    }

    /// <summary>
    /// The source's title without reply prefixes, extension and leading date; null when what is left names no meeting
    /// ("Untitled", "Recording", Zoom's "GMT…" names): then it is no evidence of an account or topic either.
    /// </summary>
    public static string? Named(string sourceTitle)
    {
        var t = EmailSubject.WithoutReplyPrefixes(sourceTitle);
        t = Extension().Replace(t, string.Empty);
        t = LeadingDate().Replace(t, string.Empty).Trim(' ', '-', '_', '–');
        return t.Length >= 4 && !Generic().IsMatch(t) ? t : null;
    }

    [GeneratedRegex(@"\.(?:txt|md|vtt|srt|docx|eml|json)$", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();

    [GeneratedRegex(@"^\s*\d{4}-\d{2}-\d{2}(?:[ T_]\d{2}[:.]?\d{2}(?:[:.]?\d{2})?)?")]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"^(?:transcript|meeting|recording|meeting recording|untitled|notes|call|audio|zoom meeting|teams meeting|new recording|gmt\d+.*|[\d\s_-]+|[0-9a-f-]{16,})$", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();
}
