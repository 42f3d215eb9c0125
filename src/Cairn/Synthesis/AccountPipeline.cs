using Cairn.Notes;

namespace Cairn.Synthesis;

/// <summary>
/// One account in <c>cairn pipeline</c>: its note (when there is one), last contact, how many meetings in the last
/// 30 and 90 days and in all, its open tasks (by owner, overdue counted), and what its meetings decided, require and
/// established, newest first.
/// </summary>
public sealed record AccountPipeline(
    string Account,
    string? Path,
    string? LastContact,
    int? DaysSince,
    int Meetings30,
    int Meetings90,
    int MeetingsTotal,
    IReadOnlyList<MeetingRef> RecentMeetings,
    IReadOnlyList<BriefTask> OpenTasks,
    IReadOnlyList<OwnerTasks> Owners,
    IReadOnlyList<MeetingItem> Decisions,
    IReadOnlyList<MeetingItem> Requirements,
    IReadOnlyList<MeetingItem> KeyFacts)
{
    public int Overdue => OpenTasks.Count(t => t.Overdue);
}
