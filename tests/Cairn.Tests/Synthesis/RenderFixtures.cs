using Cairn.Notes;
using Cairn.Synthesis;

namespace Cairn.Tests.Synthesis;

/// <summary>Two small meetings that share people, used by the renderer and composer tests.</summary>
internal static class RenderFixtures
{
    public const string Owner = "Jason Vallery";

    public static MeetingNoteModel Kickoff() => new(
        "Northwind Robotics storage POC kickoff",
        "customer",
        new DateOnly(2025, 11, 12),
        new NoteLinkTarget("Northwind Robotics", "Northwind Robotics"),
        ["Priya Raman", "Tom Becker", "Dana Whitfield", Owner],
        "transcript",
        "Inbox/_archive/2025-11-12/2025-11-12 - Northwind Robotics storage POC kickoff.txt",
        "Northwind wants a three-week POC replacing NetApp for 2,400 training nodes. Checkpoints take eleven minutes today.",
        [
            new MeetingTask("Send the POC plan to Priya", Owner, true, TaskPriority.High, new DateOnly(2025, 11, 14)),
            new MeetingTask("Give Jason access to the staging cluster", "Tom Becker", false, TaskPriority.None, null),
            new MeetingTask("Return the security questionnaire", "Dana Whitfield", false, TaskPriority.None, null),
        ],
        [DecisionLine.Format("They are not going to renew NetApp.", "Priya Raman"), "The POC runs three weeks, ending December 1."],
        ["Priya Raman runs ML infrastructure at Northwind.", "Checkpoints take eleven minutes on NetApp today."],
        [
            new("Northwind Robotics", "Northwind Robotics"), new("Priya Raman", "Priya Raman"), new("Tom Becker", "Tom Becker"),
            new("Dana Whitfield", "Dana Whitfield"), new(Owner, Owner), new("NetApp", "NetApp"),
        ])
    {
        Topics = ["checkpoint time", "security questionnaire", "netapp"],
    };

    public static MeetingNoteModel FollowUp() => Kickoff() with
    {
        Title = "Northwind POC check-in",
        Date = new DateOnly(2025, 11, 19),
        Participants = ["Priya Raman", Owner],
        SourceRef = "Inbox/_archive/2025-11-19/checkin.vtt",
        Summary = "Week one of the POC went well: checkpoints now take two minutes.",
        Tasks = [new MeetingTask("Share the week-one numbers with Marcus", "Priya Raman", false, TaskPriority.None, new DateOnly(2025, 11, 21))],
        Decisions = ["Extend the POC to the vision team."],
        KeyFacts = ["Checkpoints take two minutes on the POC cluster."],
        Related = [new("Northwind Robotics", "Northwind Robotics"), new("Priya Raman", "Priya Raman"), new(Owner, Owner)],
        Topics = ["checkpoint time", "vision team"],
    };

    public static string PathOf(MeetingNoteModel note) => $"Meetings/Northwind Robotics/{IsoDate.Format(note.Date)} - {note.Title}.md";

    public static MeetingNoteView View(MeetingNoteModel note) =>
        MeetingNoteReader.Read(PathOf(note), MeetingNoteRenderer.Render(note), Owner)!;
}
