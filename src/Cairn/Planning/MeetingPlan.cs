using Cairn.Notes;

namespace Cairn.Planning;

/// <summary>
/// One source's plan: the change set (meeting note and archive move), the meeting as it will read, and the
/// entity notes it touches (refreshed once per run by <see cref="EntityPlanner"/>).
/// </summary>
public sealed record MeetingPlan(ChangeSet Change, MeetingNoteView Meeting, IReadOnlyList<PlannedEntity> Entities)
{
    public bool UpdatesExistingMeeting => Change.Notes.Count > 0 && Change.Notes[0].Kind == NoteChangeKind.Update;
}
