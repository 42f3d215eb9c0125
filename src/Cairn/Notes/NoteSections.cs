namespace Cairn.Notes;

/// <summary>
/// The <c>##</c> headings of Cairn's notes (docs/note-format.md): the renderers write them, and the indexer,
/// <c>brief</c>, <c>pipeline</c>, <c>show</c> and the task mirrors find a note's parts by them, so a heading is
/// renamed here or nowhere.
/// </summary>
public static class NoteSections
{
    public const string Summary = "Summary";
    public const string ActionItems = "Action Items";
    public const string Decisions = "Decisions";
    public const string KeyInformation = "Key Information";
    public const string Related = "Related";

    public const string RecentContext = "Recent Context";
    public const string Profile = "Profile";
    public const string OpenTasks = "Open Tasks";
    public const string KeyFacts = "Key Facts";
    public const string Topics = "Topics";
    public const string KeyDecisions = "Key Decisions";

    /// <summary>Not written by Cairn, but read when a person adds it: its lines are questions to raise.</summary>
    public const string OpenQuestions = "Open Questions";

    /// <summary>Where a meeting note (Key Information) or an entity note (Key Facts) keeps its facts.</summary>
    public static readonly IReadOnlyList<string> Facts = [KeyInformation, KeyFacts];

    /// <summary>Where a meeting note (Decisions) or an entity note (Key Decisions) keeps its decisions.</summary>
    public static readonly IReadOnlyList<string> AllDecisions = [Decisions, KeyDecisions];

    /// <summary>The sections whose lines the index keeps as items for the daily views (brief, pipeline) and <c>show</c> (Profile).</summary>
    public static readonly IReadOnlyList<string> Items = [Profile, Decisions, KeyDecisions, KeyInformation, KeyFacts, Topics, OpenQuestions];
}
