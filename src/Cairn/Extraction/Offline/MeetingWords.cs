namespace Cairn.Extraction.Offline;

/// <summary>
/// Words that name a kind of meeting ("intro call", "weekly sync", "kickoff"): they say how people met, not what
/// about. Never a company's name, never a topic on their own.
/// </summary>
internal static class MeetingWords
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "meeting", "meetings", "sync", "kickoff", "kick", "intro", "introduction", "weekly", "daily", "monthly",
        "quarterly", "biweekly", "standup", "stand", "recap", "session", "agenda", "discussion",
    };

    /// <summary>
    /// Title words that name a group's meeting ("Platform team weekly", "squad standup", "Q3 retro"): more than two
    /// people meet, even when two turn up. "weekly" and "sync" are not among them: a weekly 1:1 sync is common.
    /// </summary>
    public static readonly IReadOnlySet<string> Group = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "team", "teams", "standup", "stand-up", "retro", "retrospective", "all-hands", "allhands", "town-hall", "townhall",
        "guild", "squad", "chapter", "tribe", "department", "offsite", "huddle",
    };

    /// <summary>Title words that say one-on-one ("1:1", "1-1", "catch-up"): they win over a group word ("Team lead 1:1").</summary>
    public static readonly IReadOnlySet<string> OneOnOne = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "1:1", "1-1", "1on1", "one-on-one", "catch-up", "catchup", "check-in", "mentoring", "coaching",
    };

    /// <summary>Whether a title names a group's meeting and no one-on-one.</summary>
    public static bool NamesGroupMeeting(string title)
    {
        var words = title.Split([' ', ',', '/', '|', '(', ')', '–', '—', '.', '!', '?'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(Group.Contains) && !words.Any(OneOnOne.Contains);
    }

    /// <summary>Whether every word of a phrase names a kind of meeting ("intro call").</summary>
    public static bool OnlyKinds(string phrase) => phrase.Split(' ').All(Kinds.Contains);
}
