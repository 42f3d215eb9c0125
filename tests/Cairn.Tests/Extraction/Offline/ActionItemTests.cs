using Cairn.Notes;

namespace Cairn.Tests.Extraction.Offline;

public sealed class ActionItemTests
{
    [Fact]
    public void A_request_and_the_reply_that_accepts_it_are_one_task()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Alex Chen", "Sam, can you fix the region list and resubmit by Thursday?"),
            ("Sam O'Neill", "Yes, I'll fix it and resubmit by Thursday."),
            ("Maria Gonzalez", "Thanks.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal("Sam O'Neill", task.Owner);
        Assert.Equal(new DateOnly(2025, 11, 13), task.Due);
        Assert.Contains("region list", task.Text);
    }

    [Fact]
    public void An_unaddressed_request_takes_the_owner_who_accepts_it()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Alex Chen", "Can someone, can you book the venue for the offsite?"),
            ("Maria Gonzalez", "Will do, I'll book the venue today."),
            ("Sam O'Neill", "Great.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal("Maria Gonzalez", task.Owner);
        Assert.Equal(Docs.Date, task.Due);
    }

    [Fact]
    public void Talk_about_the_meeting_itself_is_not_a_task()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Alex Chen", "Let me share my screen."),
            ("Maria Gonzalez", "Can you hear me?"),
            ("Alex Chen", "What would you consider a win?"),
            ("Sam O'Neill", "Let me know.")));
        Assert.Empty(e.ActionItems);
    }

    [Theory]
    [InlineData("Um, I'll, uh, basically just draft the pricing write-up, you know.", "Draft the pricing write-up")]
    [InlineData("I'm going to be working on the onboarding checklist.", "Work on the onboarding checklist")]
    [InlineData("I'll also put together a POC plan, and I'll send it to Tom by Friday.", "Put together a POC plan and send it to Tom")]
    [InlineData("Let me check with legal on the indemnity clause so we can move faster.", "Check with legal on the indemnity clause")]
    public void Text_becomes_a_clean_imperative(string said, string expected)
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", said), ("Ana Ruiz", "Ok."), ("Tom Becker", "Ok.")));
        Assert.Equal(expected, Assert.Single(e.ActionItems).Text);
    }

    [Fact]
    public void Explicit_marker_with_a_name_is_owned_by_that_name()
    {
        var e = Docs.Extract(Docs.Transcript(("Ana Ruiz", "Action item: Tom to rerun the benchmark with the new firmware."), ("Tom Becker", "Ok."), ("Jason Vallery", "Ok.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal("Tom Becker", task.Owner);
        Assert.Equal("Rerun the benchmark with the new firmware", task.Text);
    }

    [Theory]
    [InlineData("I'll send the quote ASAP.", TaskPriority.High)]
    [InlineData("This is top priority, I'll fix the login bug.", TaskPriority.Highest)]
    [InlineData("I'll tidy the wiki page, no rush.", TaskPriority.Low)]
    [InlineData("I'll send the quote.", TaskPriority.None)]
    public void Priority_only_from_the_words(string said, TaskPriority expected)
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", said), ("Ana Ruiz", "Ok."), ("Tom Becker", "Ok.")));
        Assert.Equal(expected, Assert.Single(e.ActionItems).Priority);
    }

    [Fact]
    public void Every_task_keeps_its_evidence_speaker_and_time()
    {
        var e = Docs.Extract(Docs.Transcript(("Ana Ruiz", "Hello."), ("Jason Vallery", "I'll send the deck tonight.")));
        var evidence = Assert.Single(e.ActionItems).Evidence;
        Assert.Equal("I'll send the deck tonight.", evidence.Quote);
        Assert.Equal("Jason Vallery", evidence.Speaker);
        Assert.Equal(TimeSpan.FromSeconds(10), evidence.Start);
    }

    [Fact]
    public void You_as_an_object_becomes_the_other_person_of_a_two_person_call()
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", "I'll send you the case study and review your deck."), ("Lena Park", "Thanks.")));
        Assert.Equal("Send Lena Park the case study and review Lena Park's deck", Assert.Single(e.ActionItems).Text);
    }

    [Fact]
    public void You_as_an_object_goes_when_nobody_is_addressed()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Jason Vallery", "I'll send you the case study and share the plan with you."), ("Lena Park", "Thanks."), ("Omar Haddad", "Great.")));
        Assert.Equal("Send the case study and share the plan", Assert.Single(e.ActionItems).Text);
    }

    [Fact]
    public void Me_in_a_task_someone_else_owns_is_the_speaker()
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", "Omar will send me the sizing notes."), ("Omar Haddad", "Sure."), ("Lena Park", "Ok.")));
        var item = Assert.Single(e.ActionItems);
        Assert.Equal("Omar Haddad", item.Owner);
        Assert.Equal("Send Jason Vallery the sizing notes", item.Text);
    }

    [Theory]
    [InlineData("I'll set up a call with the platform team for the week of December 1.", "Set up a call with the platform team", "2025-12-01")]
    [InlineData("I'll send the questionnaire no later than November 20.", "Send the questionnaire", "2025-11-20")]
    [InlineData("I'll book the room before the end of November.", "Book the room", "2025-11-30")]
    public void The_due_phrase_leaves_with_its_lead_in(string said, string text, string due)
    {
        var e = Docs.Extract(Docs.Transcript(("Lena Park", said), ("Jason Vallery", "Thanks."), ("Omar Haddad", "Ok.")));
        var item = Assert.Single(e.ActionItems);
        Assert.Equal(text, item.Text);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), item.Due);
    }
}
