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
        Assert.Equal(new MeetingTask("Send the POC plan to Priya", RenderFixtures.Owner, true, TaskPriority.High, new DateOnly(2025, 11, 14)), view.Tasks[0]);
        Assert.Equal("Tom Becker", view.Tasks[1].Owner);
        Assert.Equal(2, view.Decisions.Count);
        Assert.Contains("NetApp", view.Related);
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
