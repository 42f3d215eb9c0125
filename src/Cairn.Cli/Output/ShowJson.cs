using Cairn.Index;

namespace Cairn.Cli.Output;

/// <summary><c>cairn show --json</c>: an entity, its last contact, its note's profile, facts, topics and decisions, its recent meetings and the open tasks it owns.</summary>
internal sealed record ShowJson(
    string Name,
    string Kind,
    string Path,
    IReadOnlyList<string> Aliases,
    string? LastContact,
    IReadOnlyList<string> Profile,
    IReadOnlyList<string> KeyFacts,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> KeyDecisions,
    IReadOnlyList<BriefJson.Meeting> RecentMeetings,
    IReadOnlyList<TaskView> OpenTasks);
