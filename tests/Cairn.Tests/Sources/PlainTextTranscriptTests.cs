using Cairn.Sources;

namespace Cairn.Tests.Sources;

public sealed class PlainTextTranscriptTests
{
    [Fact]
    public void An_attendee_with_their_company_in_brackets_is_the_person_the_turns_name()
    {
        // Before: "Mireille Okonkwo (Vantor Health)" was a participant of its own beside the speaker "Mireille Okonkwo".
        var doc = Read.Text("call.txt", """
            Vantor Health discovery call
            Date: 2026-12-03
            Attendees: Jason Vallery, Mireille Okonkwo (Vantor Health), Dev Raman (Vantor Health)

            Jason Vallery: Thanks for making time.
            Mireille Okonkwo: Happy to.
            Dev Raman: Hi all.
            """);

        Assert.Equal(["Jason Vallery", "Mireille Okonkwo", "Dev Raman"], doc.Participants.Select(p => p.Name));
    }

    [Fact]
    public void A_speaker_label_with_an_affiliation_pronouns_or_a_form_of_address_is_the_person_it_names()
    {
        // Before: "Mr. Brad Vis (Mission, CPC)" and "Mr. Brad Vis" were two people, "Ana Ruiz (She/Her):" was no speaker at
        // all ('/' is no letter of a name) and "(Riding, Lib.)" made a company "Lib".
        var doc = Read.Text("2020-05-13 - Committee hearing.txt", """
            Mr. Brad Vis (Mission—Matsqui—Fraser Canyon, CPC): Thank you, Chair. I have a question on the wage subsidy.
            Ana Ruiz (She/Her): I'll send the figures to the committee by Friday.
            Mr. Brad Vis: Thank you.
            Hon. Judy A. Sgro (Humber River—Black Creek, Lib.): The meeting is suspended.
            Dr. Smith: Noted.
            """);

        Assert.Equal(["Brad Vis", "Ana Ruiz", "Judy A. Sgro", "Dr. Smith"], doc.Participants.Select(p => p.Name));
        Assert.Equal(5, doc.Utterances.Count);
    }

    [Fact]
    public void A_role_label_that_names_the_person_in_nested_brackets_is_a_speaker_and_the_opening_speech_is_no_title()
    {
        // Before: seven words with the brackets made the first line no speaker; the whole opening turn (1,700 characters
        // of it on a real committee transcript) became the meeting's title and left the utterances. A label of 88
        // characters was no speaker either: the minister's answer went to the chair who spoke before.
        var opening = string.Join(' ', Enumerable.Repeat("Before speaking, please wait until I recognize you by name.", 4));
        var doc = Read.Text("2020-05-13 - Special committee.txt", $"""
            The Chair (Hon. Anthony Rota (Nipissing—Timiskaming, Lib.)): I call this meeting to order. {opening}
            Ms. Elizabeth May (Saanich—Gulf Islands, GP): Thank you, Mr. Chair.
            The Chair: We'll now proceed to questioning ministers.
            Hon. Chrystia Freeland (Deputy Prime Minister and Minister of Intergovernmental Affairs): Let me answer that.
            """);

        Assert.Equal(["The Chair", "Elizabeth May", "Chrystia Freeland"], doc.Participants.Select(p => p.Name));
        Assert.Equal(4, doc.Utterances.Count);
        Assert.Equal("Chrystia Freeland", doc.Utterances[3].Speaker);
        Assert.StartsWith("I call this meeting to order.", doc.Utterances[0].Text);
        Assert.Equal("Special committee", doc.Title);
    }

    [Fact]
    public void A_long_paragraph_above_the_first_turn_is_no_title()
    {
        var preface = string.Join(' ', Enumerable.Repeat("This transcript was prepared from the recording and lightly edited for reading.", 3));
        var doc = Read.Text("2025-10-03 - Pricing review.txt", $"""
            {preface}

            Ana Lima: Morning.
            Ben Ode: Morning, all.
            """);

        Assert.Equal("Pricing review", doc.Title);
    }

    [Fact]
    public void Speaker_colon_lines_with_a_header_block()
    {
        var doc = Read.Text("standup.txt", """
            Weekly standup
            Date: 2025-10-03
            Attendees: Ana Lima, Ben Ode and Cy Park

            Ana Lima: Morning. Quick round?
            Ben Ode: Deploy is green.
            It went out at nine.
            Cy Park: I'll write the release notes.
            """);

        Assert.Equal("txt/speaker-lines", doc.Format);
        Assert.Equal("Weekly standup", doc.Title);
        Assert.Equal(new DateOnly(2025, 10, 3), doc.Date);
        Assert.Equal(["Ana Lima", "Ben Ode", "Cy Park"], doc.Participants.Select(p => p.Name));
        Assert.Equal(3, doc.Utterances.Count);
        Assert.Equal("Deploy is green. It went out at nine.", doc.Utterances[1].Text);
        Assert.Null(doc.Utterances[0].Start);
    }

    [Fact]
    public void Bracketed_timestamps_and_bold_names()
    {
        var doc = Read.Text("2025-09-01 call.txt", """
            [00:01:02] Ana: First point.
            [00:01:30] Ben: Second point.
            **Ana**: Bold with colon outside.
            **Ben:** Bold with colon inside.
            """);

        Assert.Equal(["Ana", "Ben", "Ana", "Ben"], doc.Utterances.Select(u => u.Speaker));
        Assert.Equal(new TimeSpan(0, 1, 2), doc.Utterances[0].Start);
        Assert.Equal("Bold with colon inside.", doc.Utterances[3].Text);
        Assert.Equal(new DateOnly(2025, 9, 1), doc.Date);
        Assert.Equal("call", doc.Title);
    }

    [Fact]
    public void Otter_with_title_and_date_header_and_hour_offsets()
    {
        var doc = Read.Text("otter.txt", "Design review\nSep 12, 2025, 9:00 AM\n\nSpeaker 1  59:58  \nStill going.\n\nAna Lima  1:00:04  \nPast the hour.\n\nTranscribed by https://otter.ai\n");

        Assert.Equal("Design review", doc.Title);
        Assert.Equal(new DateOnly(2025, 9, 12), doc.Date);
        Assert.Equal(new TimeSpan(1, 0, 4), doc.Utterances[1].Start);
        Assert.Equal("Past the hour.", doc.Utterances[1].Text);
        Assert.Equal(2, doc.Utterances.Count);
    }

    [Fact]
    public void Unknown_speakers_are_not_participants()
    {
        var doc = Read.Text("podcast.txt", "Emma  0:00  \nHello.\n\nUnknown Speaker  0:35  \nHi.\n");

        Assert.Equal(["Emma"], doc.Participants.Select(p => p.Name));
        Assert.Equal("Unknown Speaker", doc.Utterances[1].Speaker);
    }

    [Fact]
    public void Prose_with_a_colon_is_notes_not_a_transcript()
    {
        var doc = Read.Text("2025-10-01 ideas.txt", "Ideas for Q4\n\nWe should revisit pricing.\nNote: the budget is fixed.\nAnother long line of thinking that goes on for a while.\nAnd one more.\n");

        Assert.Equal(SourceKind.Notes, doc.Kind);
        Assert.Equal("txt/notes", doc.Format);
        Assert.Empty(doc.Utterances);
        Assert.StartsWith("Ideas for Q4", doc.Body, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 10, 1), doc.Date);
    }

    [Fact]
    public void A_one_off_lowercase_label_is_prose_inside_a_turn()
    {
        var doc = Read.Text("t.txt", "Ana: We have a plan.\nso the plan: ship on Monday.\nBen: Agreed.\nAna: Good.\n");

        Assert.Equal(3, doc.Utterances.Count);
        Assert.Equal("We have a plan. so the plan: ship on Monday.", doc.Utterances[0].Text);
    }

    [Fact]
    public void Zoom_saved_chat_messages_are_utterances()
    {
        var doc = Read.Text("meeting_saved_chat.txt", "10:00:38 From  Robin  to  Everyone:\n\tSlides are up\n10:01:31 From Nick to Robin(Direct Message):\n\tLink please\n\tand thanks\n");

        Assert.Equal("txt/zoom-saved-chat", doc.Format);
        Assert.Equal(["Robin", "Nick"], doc.Utterances.Select(u => u.Speaker));
        Assert.Equal("Link please and thanks", doc.Utterances[1].Text);
    }
}
