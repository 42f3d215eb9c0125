using System.Net;

namespace Cairn.Sources;

/// <summary>
/// What counts as a speaker label. Transcripts put a name before a colon; so does prose ("Note: ..."),
/// so a label must look like a name: short, a few words, starting with a letter, not a known header key.
/// </summary>
internal static class SpeakerNames
{
    public const string Unknown = "Unknown Speaker";

    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "note", "notes", "nb", "ps", "re", "fw", "fwd", "subject", "date", "time", "title", "topic", "location", "where", "when",
        "agenda", "meeting", "transcript", "participants", "attendees", "attendee", "present", "speakers", "organizer", "duration",
        "http", "https", "mailto", "action", "action item", "action items", "decision", "decisions", "todo", "to do", "summary",
        "next steps", "update", "question", "answer", "q", "a", "warning", "error", "example", "tip", "important",
    };

    /// <summary>True when the text could be a speaker's name or a diarisation label.</summary>
    public static bool IsPlausible(string candidate)
    {
        var name = candidate.Trim();
        if (name.Length is 0 or > 60 || !char.IsLetter(name[0]) || NotSpeakers.Contains(name))
        {
            return false;
        }

        var words = 1;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (c is ':' or '!' or '?' or ';' or '"' or '{' or '}' or '<' or '>' or '=' or '/' or '\\' or '|' or '\t')
            {
                return false;
            }
        }

        return words <= 6;
    }

    /// <summary>The label as people read it: entities decoded (<c>Far&amp;#237;as</c>), spaces collapsed.</summary>
    public static string Clean(string raw)
    {
        var decoded = raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw;
        return string.Join(' ', decoded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Labels that name nobody: they stay on utterances but are not participants.</summary>
    public static bool IsAnonymous(string name) =>
        name.Length == 0 || name.Equals(Unknown, StringComparison.OrdinalIgnoreCase) || name.Equals("Unknown", StringComparison.OrdinalIgnoreCase);
}
