using Cairn.Extraction;
using Cairn.Synthesis;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Synthesis;

public sealed class EntityNoteRendererTests
{
    private static readonly DateOnly Created = new(2025, 11, 12);

    private static readonly MeetingNoteView[] Meetings =
        [RenderFixtures.View(RenderFixtures.Kickoff()), RenderFixtures.View(RenderFixtures.FollowUp())];

    [Fact]
    public void Renders_a_person_note() =>
        Golden.Verify("person-note", Render(new EntitySubject("Priya Raman", "Priya Raman", EntityKind.Person, ["Priya"], Created)));

    [Fact]
    public void Renders_a_company_note() =>
        Golden.Verify("company-note", Render(new EntitySubject("Northwind Robotics", "Northwind Robotics", EntityKind.Company, [], Created)));

    [Fact]
    public void A_person_note_lists_only_tasks_that_person_owns()
    {
        var tom = EntityNoteComposer.Compose(new EntitySubject("Tom Becker", "Tom Becker", EntityKind.Person, [], Created), Meetings);

        var task = Assert.Single(tom.OpenTasks);
        Assert.Contains("staging cluster", task, StringComparison.Ordinal);
        Assert.Contains("[[2025-11-12 - Northwind Robotics storage POC kickoff]]", task, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_contact_is_the_latest_meeting_attended_not_mentioned()
    {
        var tom = EntityNoteComposer.Compose(new EntitySubject("Tom Becker", "Tom Becker", EntityKind.Person, [], Created), Meetings);
        var netApp = EntityNoteComposer.Compose(new EntitySubject("NetApp", "NetApp", EntityKind.Company, [], Created), Meetings);

        Assert.Equal(new DateOnly(2025, 11, 12), tom.LastContact);
        Assert.Null(netApp.LastContact);
        Assert.Single(netApp.RecentContext);
        Assert.Empty(netApp.Profile);
    }

    [Fact]
    public void A_task_ticked_in_the_meeting_is_ticked_in_the_mirror()
    {
        var kickoff = RenderFixtures.Kickoff();
        var ticked = kickoff with { Tasks = [kickoff.Tasks[0] with { Done = true }] };
        var me = EntityNoteComposer.Compose(
            new EntitySubject(RenderFixtures.Owner, RenderFixtures.Owner, EntityKind.Person, [], Created), [RenderFixtures.View(ticked)]);

        Assert.StartsWith("- [x] Send the POC plan to Priya @Myself", Assert.Single(me.OpenTasks), StringComparison.Ordinal);
    }

    private static string Render(EntitySubject subject) => EntityNoteRenderer.Render(EntityNoteComposer.Compose(subject, Meetings));
}
