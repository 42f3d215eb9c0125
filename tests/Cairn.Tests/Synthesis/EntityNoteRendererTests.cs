using Cairn.Extraction;
using Cairn.Index;
using Cairn.Notes;
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
    public void A_persons_role_company_and_email_come_from_what_the_sources_state_with_their_meeting()
    {
        var kickoff = RenderFixtures.Kickoff();
        var stated = kickoff with
        {
            KeyFacts = [.. kickoff.KeyFacts, "Dana Whitfield is the procurement lead at Northwind Robotics.", "Dana Whitfield's email is dana@northwind.example."],
        };
        var subject = new EntitySubject("Dana Whitfield", "Dana Whitfield", EntityKind.Person, [], Created);
        var text = EntityNoteRenderer.Render(EntityNoteComposer.Compose(subject, [RenderFixtures.View(stated)]));

        Assert.Contains("\ncompany: \"[[Northwind Robotics]]\"\nrole: procurement lead\nemail: 'dana@northwind.example'\nlast_contact:", text, StringComparison.Ordinal);
        Assert.Contains("- **Role**: procurement lead at [[Northwind Robotics]] ([[2025-11-12 - Northwind Robotics storage POC kickoff|2025-11-12]])", text, StringComparison.Ordinal);
        Assert.Contains("- **Email**: dana@northwind.example ([[2025-11-12 - Northwind Robotics storage POC kickoff|2025-11-12]])", text, StringComparison.Ordinal);
        // The role and the address are the Profile's: Key Facts would say them again, once per meeting that stated them.
        Assert.DoesNotContain("- Dana Whitfield is the procurement lead", text, StringComparison.Ordinal);
        Assert.DoesNotContain("email is", text, StringComparison.Ordinal);

        var company = EntityNoteComposer.Compose(new EntitySubject("Northwind Robotics", "Northwind Robotics", EntityKind.Company, [], Created), [RenderFixtures.View(stated)]);
        Assert.Contains(company.KeyFacts, f => f.StartsWith("- Dana Whitfield is the procurement lead", StringComparison.Ordinal));
        Assert.DoesNotContain(company.KeyFacts, f => f.Contains("email is", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fact_two_meetings_state_shows_once_with_the_newest()
    {
        var kickoff = RenderFixtures.Kickoff();
        var followUp = RenderFixtures.FollowUp();
        var meetings = new[]
        {
            RenderFixtures.View(kickoff with { KeyFacts = ["Dana Whitfield is the procurement lead at Northwind Robotics."] }),
            RenderFixtures.View(followUp with { KeyFacts = ["Dana Whitfield is the Procurement Lead at Northwind Robotics"] }),
        };

        var company = EntityNoteComposer.Compose(new EntitySubject("Northwind Robotics", "Northwind Robotics", EntityKind.Company, [], Created), meetings);

        var fact = Assert.Single(company.KeyFacts, f => f.Contains("Dana Whitfield", StringComparison.Ordinal));
        Assert.Contains(IsoDate.Format(followUp.Date), fact, StringComparison.Ordinal);
    }

    [Fact]
    public void Topics_are_the_meetings_extracted_topics_most_frequent_first_not_their_titles()
    {
        var priya = EntityNoteComposer.Compose(new EntitySubject("Priya Raman", "Priya Raman", EntityKind.Person, [], Created), Meetings);

        // "netapp" names an entity the meetings link: an entity, not a topic.
        Assert.Equal(["checkpoint time", "vision team", "security questionnaire"], priya.Topics);
        Assert.Equal(["checkpoint time", "security questionnaire", "netapp"], RenderFixtures.View(RenderFixtures.Kickoff()).Topics);
        Assert.Contains("\ntopics: [\"checkpoint time\", \"security questionnaire\", \"netapp\"]\n", MeetingNoteRenderer.Render(RenderFixtures.Kickoff()), StringComparison.Ordinal);
    }

    [Fact]
    public void Meetings_without_topics_add_none_and_write_no_topics_property()
    {
        var plain = RenderFixtures.Kickoff() with { Topics = [] };
        var tom = EntityNoteComposer.Compose(new EntitySubject("Tom Becker", "Tom Becker", EntityKind.Person, [], Created), [RenderFixtures.View(plain)]);

        Assert.Empty(tom.Topics);
        Assert.DoesNotContain("topics:", MeetingNoteRenderer.Render(plain), StringComparison.Ordinal);
    }

    [Fact]
    public void A_persons_key_decisions_are_those_they_made_or_that_name_them_not_every_decision_in_the_room()
    {
        var kickoff = RenderFixtures.Kickoff() with
        {
            Decisions = [DecisionLine.Format("We will run the POC on Azure.", "Priya Raman"), "Tom owns the benchmark harness.", "The budget is approved — for now."],
        };
        Composed Of(string name) => new(EntityNoteComposer.Compose(new EntitySubject(name, name, EntityKind.Person, [], Created), [RenderFixtures.View(kickoff)]));

        Assert.Equal(["We will run the POC on Azure. — Priya Raman"], Of("Priya Raman").Decisions);
        Assert.Equal(["Tom owns the benchmark harness."], Of("Tom Becker").Decisions);
        Assert.Empty(Of("Dana Whitfield").Decisions);
        var company = EntityNoteComposer.Compose(new EntitySubject("Northwind Robotics", "Northwind Robotics", EntityKind.Company, [], Created), [RenderFixtures.View(kickoff)]);
        Assert.Equal(3, company.KeyDecisions.Count);
    }

    [Fact]
    public void Every_decision_of_a_one_on_one_is_both_peoples()
    {
        var oneOnOne = RenderFixtures.Kickoff() with { Type = "one-on-one", Participants = ["Priya Raman", RenderFixtures.Owner], Decisions = ["Offer a 12-month term."] };
        var priya = EntityNoteComposer.Compose(new EntitySubject("Priya Raman", "Priya Raman", EntityKind.Person, [], Created), [RenderFixtures.View(oneOnOne)]);

        Assert.Single(priya.KeyDecisions);
    }

    [Theory]
    [InlineData("We will run the POC on Azure. — Priya Raman", "We will run the POC on Azure.", "Priya Raman")]
    [InlineData("The budget is approved — for now.", "The budget is approved — for now.", null)] // a dash in the decision is no name
    [InlineData("We will run the POC. — Someone Else", "We will run the POC. — Someone Else", null)] // not an attendee
    public void A_decision_line_reads_its_maker_back_only_when_it_is_an_attendee(string line, string text, string? by) =>
        Assert.Equal((text, by), DecisionLine.Read(line, ["Priya Raman", "Tom Becker"]));

    [Fact]
    public void A_key_decision_is_indexed_as_its_words_without_the_mark_the_note_shows_it_with()
    {
        var text = Render(new EntitySubject("Priya Raman", "Priya Raman", EntityKind.Person, ["Priya"], Created));
        var document = NoteDocument.Parse(text);

        var item = Assert.Single(NoteIndexer.SectionLines(document, document.FindSection(NoteSections.KeyDecisions)!));

        Assert.Contains("\n- ✅ They are not going to renew NetApp.", text, StringComparison.Ordinal);
        Assert.StartsWith("They are not going to renew NetApp. — Priya Raman ([[", item.Text, StringComparison.Ordinal);
    }

    private sealed record Composed(EntityNoteModel Model)
    {
        public List<string> Decisions => Model.KeyDecisions.Select(d => d[4..d.LastIndexOf(" ([[", StringComparison.Ordinal)]).ToList();
    }

    [Fact]
    public void A_person_no_source_describes_has_no_role_company_or_email()
    {
        var tom = EntityNoteRenderer.Render(EntityNoteComposer.Compose(new EntitySubject("Tom Becker", "Tom Becker", EntityKind.Person, [], Created), Meetings));

        Assert.DoesNotContain("\nrole:", tom, StringComparison.Ordinal);
        Assert.DoesNotContain("\ncompany:", tom, StringComparison.Ordinal);
        Assert.DoesNotContain("\nemail:", tom, StringComparison.Ordinal);
        Assert.DoesNotContain("**Role**", tom, StringComparison.Ordinal);
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
    public void A_task_ticked_in_the_meeting_leaves_the_persons_open_tasks()
    {
        var kickoff = RenderFixtures.Kickoff();
        var ticked = kickoff with { Tasks = [kickoff.Tasks[0] with { Done = true }] };
        var me = EntityNoteComposer.Compose(
            new EntitySubject(RenderFixtures.Owner, RenderFixtures.Owner, EntityKind.Person, [], Created), [RenderFixtures.View(ticked)]);

        Assert.Empty(me.OpenTasks);
    }

    [Fact]
    public void Recent_context_names_the_account_only_when_it_is_not_the_entity_itself()
    {
        var company = EntityNoteComposer.Compose(new EntitySubject("Northwind Robotics", "Northwind Robotics", EntityKind.Company, [], Created), Meetings);
        var person = EntityNoteComposer.Compose(new EntitySubject("Priya Raman", "Priya Raman", EntityKind.Person, [], Created), Meetings);

        Assert.All(company.RecentContext, line => Assert.DoesNotContain("(via", line, StringComparison.Ordinal));
        Assert.All(person.RecentContext, line => Assert.EndsWith("(via Northwind Robotics)", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Recent_context_shows_the_summary_opening_cut_on_a_word_with_an_ellipsis()
    {
        var summary = "Dr. Okafor walked us through the capacity plan for the second data hall, the cooling budget, the rack layout and the network spine in great detail. Then we ate.";
        var meeting = RenderFixtures.View(RenderFixtures.Kickoff() with { Summary = summary });
        var priya = EntityNoteComposer.Compose(new EntitySubject("Priya Raman", "Priya Raman", EntityKind.Person, [], Created), [meeting]);

        var line = Assert.Single(priya.RecentContext);
        var gist = line[(line.IndexOf("]] - ", StringComparison.Ordinal) + 5)..line.IndexOf(" (via", StringComparison.Ordinal)];
        Assert.EndsWith("…", gist, StringComparison.Ordinal);
        Assert.StartsWith("Dr. Okafor walked us", gist, StringComparison.Ordinal);
        Assert.True(gist.Length <= 111, gist);
        Assert.True(summary.StartsWith(gist[..^1] + " ", StringComparison.Ordinal), gist);
    }

    [Theory]
    [InlineData("It works. Then more.", null, "It works. Then more.")]
    [InlineData("1:1 with Marcus. Fabrikam pilot is on track for December 1.", "1:1 with Marcus", "Fabrikam pilot is on track for December 1.")]
    [InlineData("Northwind wants a three-week POC replacing NetApp for 2,400 training nodes. Checkpoints take eleven minutes on NetApp today.", null,
        "Northwind wants a three-week POC replacing NetApp for 2,400 training nodes.")]
    [InlineData("Pricing with Fabrikam (Hannah Okafor, Marcus Lee). Consumption pricing works for us if the committed floor is at least one petabyte.", null,
        "Pricing with Fabrikam (Hannah Okafor, Marcus Lee). Consumption pricing works for us if the committed floor is…")]
    public void Recent_context_says_what_happened_in_whole_sentences_when_they_fit_and_skips_a_title_only_opening(string summary, string? title, string expected)
    {
        Assert.Equal(expected, EntityNoteComposer.Gist(summary, title));
    }

    private static string Render(EntitySubject subject) => EntityNoteRenderer.Render(EntityNoteComposer.Compose(subject, Meetings));
}
