using Cairn.Cli.Output;

namespace Cairn.Cli.Mcp;

/// <summary>The <c>get_entity</c> answer: the entity's note as written, and what the index knows around it.</summary>
internal sealed record EntityDetails(
    string Name,
    string Kind,
    string Path,
    IReadOnlyList<string> Aliases,
    string? LastContact,
    string Note,
    IReadOnlyList<BriefJson.Meeting> RecentMeetings,
    IReadOnlyList<TaskView> TheyOwe,
    IReadOnlyList<TaskView> WeOwe,
    IReadOnlyList<BriefJson.Item> KeyFacts);
