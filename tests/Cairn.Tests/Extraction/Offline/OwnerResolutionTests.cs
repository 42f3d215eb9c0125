namespace Cairn.Tests.Extraction.Offline;

public sealed class OwnerResolutionTests
{
    [Fact]
    public void First_person_commitment_belongs_to_the_speaker_by_full_name()
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", "I'll draft the TPU strategy."), ("Ana Ruiz", "Great."), ("Tom Becker", "Sounds good.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal("Draft the TPU strategy", task.Text);
        Assert.Equal("Jason Vallery", task.Owner);
    }

    [Fact]
    public void A_recording_apps_You_is_the_vault_owner_and_its_Guest_the_one_other_attendee()
    {
        // Granola synced to Markdown: "## You" is whoever recorded (the microphone), "## Guest" everyone else.
        const string granola = """
            ---
            granola_id: 1b2c
            title: Intro call
            created_at: 2026-11-26T14:00:00.000Z
            participants: [Kwame Asante, Farah Nasser]
            ---

            ## You (2026-11-26T14:00:05.000Z)

            I'll send you a couple of slots for the technical session.

            ## Guest (2026-11-26T14:00:15.000Z)

            Good. I'll send you a sample of our schema.
            """;
        var e = Docs.Extract(Cairn.Tests.Sources.Read.Text("2026-11-26 intro.md", granola), owner: "Kwame Asante");

        Assert.Equal(["Kwame Asante", "Farah Nasser"], e.ActionItems.Select(a => a.Owner));
        Assert.Equal(["Kwame Asante", "Farah Nasser"], e.ActionItems.Select(a => a.Evidence.Speaker));
        Assert.DoesNotContain("You", e.Participants);

        // With more than one other attendee "Guest" stays the label it is; the owner still owns what "You" says.
        var crowded = Docs.Extract(Cairn.Tests.Sources.Read.Text("2026-11-26 intro.md", granola.Replace("Farah Nasser]", "Farah Nasser, Omar Haddad]", StringComparison.Ordinal)), owner: "Kwame Asante");
        Assert.Equal(["Kwame Asante", "Guest"], crowded.ActionItems.Select(a => a.Evidence.Speaker));
        Assert.DoesNotContain("Farah Nasser", crowded.ActionItems.Select(a => a.Owner));
    }

    [Fact]
    public void Request_with_a_name_said_to_them_belongs_to_that_participant()
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", "Dana, can you send the signed order form?"), ("Dana Whitfield", "Hmm."), ("Tom Becker", "Right.")));
        Assert.Equal("Dana Whitfield", Assert.Single(e.ActionItems).Owner);
    }

    [Fact]
    public void Request_in_a_two_person_meeting_belongs_to_the_other_person()
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", "Could you review the renewal terms before the call?"), ("Jeff Denworth", "Mm.")));
        Assert.Equal("Jeff Denworth", Assert.Single(e.ActionItems).Owner);
    }

    [Fact]
    public void A_wrong_name_is_worse_than_none_request_to_nobody_in_particular_has_no_owner()
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", "Can you update the capacity model with the new numbers?"), ("Dana Whitfield", "Hmm."), ("Tom Becker", "Right.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Null(task.Owner);
    }

    [Fact]
    public void A_first_name_two_participants_share_does_not_pick_one()
    {
        var e = Docs.Extract(Docs.Transcript(("Ana Ruiz", "Tom will send the architecture diagram."), ("Tom Becker", "Hmm."), ("Tom Okafor", "Yes.")));
        Assert.Null(Assert.Single(e.ActionItems).Owner);
    }

    [Fact]
    public void Third_person_commitment_belongs_to_the_named_participant()
    {
        var e = Docs.Extract(Docs.Transcript(("Ana Ruiz", "Omar will send the SIEM log format spec."), ("Omar Haddad", "Hmm."), ("Jason Vallery", "Good.")));
        Assert.Equal("Omar Haddad", Assert.Single(e.ActionItems).Owner);
    }

    [Fact]
    public void Email_request_belongs_to_the_one_recipient()
    {
        var e = Docs.Extract(Docs.Email("Lena Park", ["Jason Vallery"], "Hi Jason,\n\nCould you update the FRD in Confluence by December 5?\n\nBest,\nLena"));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal("Jason Vallery", task.Owner);
        Assert.Equal(new DateOnly(2025, 12, 5), task.Due);
    }

    [Fact]
    public void A_paragraph_that_opens_by_calling_a_recipient_by_name_gives_them_its_later_requests()
    {
        var text = "Hi Tom, hi Sam,\n\nTom - the invoice run failed overnight. We need it rerun before payroll. Can you confirm by tomorrow that you can restart the batch job?\n\n"
            + "Sam, the auditors are in on Monday. Could you book the small meeting room for them?\n\n"
            + "Could you also send me the holiday rota?\n\nThanks,\nPriya";
        var tasks = Docs.Extract(Docs.Email("Priya Shah", ["Tom Becker", "Sam O'Neill"], text)).ActionItems;

        Assert.Equal("Tom Becker", Assert.Single(tasks, t => t.Text.Contains("batch job", StringComparison.Ordinal)).Owner);
        Assert.Equal("Sam O'Neill", Assert.Single(tasks, t => t.Text.Contains("meeting room", StringComparison.Ordinal)).Owner);
        Assert.Null(Assert.Single(tasks, t => t.Text.Contains("holiday rota", StringComparison.Ordinal)).Owner);
    }

    [Fact]
    public void A_paragraph_opened_by_a_name_does_not_give_them_what_it_puts_to_someone_or_to_everyone()
    {
        var text = "Hi all,\n\nTom - the invoice run failed overnight. Could someone restart the batch job by tomorrow?\n\nThanks,\nPriya";
        var task = Assert.Single(Docs.Extract(Docs.Email("Priya Shah", ["Tom Becker", "Sam O'Neill"], text)).ActionItems);

        Assert.Null(task.Owner);
    }

    [Fact]
    public void Role_labelled_speakers_are_known_by_the_names_they_introduce()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Project Manager", "Hi, I'm Laura and I'm the project manager."),
            ("Industrial Designer", "And I'm David."),
            ("Marketing Expert", "Hello."),
            ("Project Manager", "David, can you work on the component design for next time?")));
        Assert.Equal("Industrial Designer", Assert.Single(e.ActionItems).Owner);
    }
}
