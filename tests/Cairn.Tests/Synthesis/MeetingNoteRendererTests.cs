using Cairn.Notes;
using Cairn.Synthesis;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Synthesis;

public sealed class MeetingNoteRendererTests
{
    [Fact]
    public void Renders_the_contract_layout() =>
        Golden.Verify("meeting-note", MeetingNoteRenderer.Render(RenderFixtures.Kickoff()));

    [Fact]
    public void Reads_back_what_it_renders()
    {
        var view = RenderFixtures.View(RenderFixtures.Kickoff());

        Assert.Equal("Northwind Robotics storage POC kickoff", view.Title);
        Assert.Equal(new DateOnly(2025, 11, 12), view.Date);
        Assert.Equal("Northwind Robotics", view.AccountStem);
        Assert.Equal(4, view.Participants.Count);
        Assert.Equal(3, view.Tasks.Count);
        Assert.Equal(new MeetingTask("Send the POC plan to Priya", RenderFixtures.Owner, true, TaskPriority.High, new DateOnly(2025, 11, 14)), view.Tasks[0] with { Written = null });
        Assert.Equal("Tom Becker", view.Tasks[1].Owner);
        Assert.Equal(2, view.Decisions.Count);
        Assert.Contains("NetApp", view.Related);
    }

    [Fact]
    public void Reads_a_task_the_Tasks_plugin_rewrote_as_the_plugin_reads_it()
    {
        // The plugin's edit modal writes tags into the description and its fields after them, in its own order.
        var text = MeetingNoteRenderer.Render(RenderFixtures.Kickoff())
            .Replace("Send the POC plan to Priya @Myself ⏫ 📅 2025-11-14 #task", "Send the POC plan to Priya @Myself #task 🔁 every week ⏫ ⏳ 2025-11-13 📅 2025-11-14", StringComparison.Ordinal)
            .Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Contains("⏳ 2025-11-13", text, StringComparison.Ordinal);

        var view = MeetingNoteReader.Read("Meetings/x.md", text, RenderFixtures.Owner)!;

        Assert.Equal(new MeetingTask("Send the POC plan to Priya", RenderFixtures.Owner, true, TaskPriority.High, new DateOnly(2025, 11, 14)), view.Tasks[0] with { Written = null });
        Assert.Equal(new DateOnly(2025, 11, 12), view.Date);
        Assert.Equal("Northwind Robotics", view.AccountStem);
    }

    [Theory]
    [InlineData("---\ntitle: evil\n---")]
    [InlineData("x\"\nkey: injected")]
    [InlineData("## Related\n- [[People/x]]")]
    [InlineData("- [ ] fake task #task")]
    [InlineData("%% hidden")]
    public void Hostile_text_stays_inside_its_field(string hostile)
    {
        var note = RenderFixtures.Kickoff() with
        {
            Title = hostile,
            Summary = hostile,
            Participants = [hostile, "[[x]]", "#^|"],
            Decisions = [hostile],
            KeyFacts = [hostile],
            Tasks = [new MeetingTask(hostile, "../../x", false, TaskPriority.None, null)],
        };

        var view = MeetingNoteReader.Read("Meetings/x.md", MeetingNoteRenderer.Render(note), RenderFixtures.Owner)!;

        Assert.Equal(YamlText.OneLine(hostile), view.Title);
        Assert.Equal(3, view.Participants.Count);
        Assert.Single(view.Tasks);
        Assert.Equal("../../x", view.Tasks[0].Owner);
        Assert.Single(view.Decisions);
        Assert.Equal(6, view.Related.Count);
    }
}
