using Cairn.Index;
using Cairn.Notes;
using Cairn.Queries;
using Cairn.Tests.Index;

namespace Cairn.Tests.Queries;

public sealed class TaskMirrorTests
{
    private const string Meeting = """
        ---
        type: "customer"
        account: "Fabrikam"
        ---
        ## Action Items
        - [ ] Send the quote @Luis Romero 📅 2025-11-07 #task
        """;

    private const string Person = """
        ---
        type: people
        title: Luis Romero
        ---
        ## Open Tasks

        - [ ] Send the quote @Luis Romero [[2025-11-03 - Kickoff]] 📅 2025-11-07

        ## Notes

        - [ ] Call Luis back about the badge
        """;

    [Fact]
    public void Entity_note_open_tasks_that_link_a_meeting_are_mirrors()
    {
        var person = NoteDocument.Parse(Person);
        Assert.True(TaskMirror.IsMirror(person, person.Tasks[0]));
        Assert.False(TaskMirror.IsMirror(person, person.Tasks[1]));
    }

    [Fact]
    public void Meeting_tasks_are_never_mirrors()
    {
        var meeting = NoteDocument.Parse(Meeting);
        Assert.False(TaskMirror.IsMirror(meeting, meeting.Tasks[0]));
    }

    [Fact]
    public void Tasks_query_lists_a_mirrored_task_once()
    {
        var notes = new[]
        {
            new VaultNote("Meetings/Fabrikam/2025-11-03 - Kickoff.md", NoteDocument.Parse(Meeting)),
            new VaultNote("People/Luis Romero.md", NoteDocument.Parse(Person)),
        };
        var rows = TasksOracle.Run(notes, new TaskFilter(), vaultOwner: null);
        Assert.Equal(["Meetings/Fabrikam/2025-11-03 - Kickoff.md", "People/Luis Romero.md"], rows.Select(r => r.File));
        Assert.Equal("Send the quote", rows[0].Task.Text);
        Assert.Equal("Call Luis back about the badge", rows[1].Task.Text);
    }
}
