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

    /// <summary>Whether every word of a phrase names a kind of meeting ("intro call").</summary>
    public static bool OnlyKinds(string phrase) => phrase.Split(' ').All(Kinds.Contains);
}
