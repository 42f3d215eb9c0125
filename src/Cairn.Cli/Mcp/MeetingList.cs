using Cairn.Cli.Output;

namespace Cairn.Cli.Mcp;

/// <summary>The <c>recent_meetings</c> answer: newest first.</summary>
internal sealed record MeetingList(IReadOnlyList<BriefJson.Meeting> Meetings);
