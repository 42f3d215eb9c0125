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
