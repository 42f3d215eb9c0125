using Cairn.Extraction;

namespace Cairn.Tests.Extraction.Offline;

public sealed class MeetingClassifierTests
{
    [Fact]
    public void Email_from_an_outside_domain_is_a_customer_meeting_with_that_account()
    {
        var e = Docs.Extract(Docs.Email("Lena Park", ["Jason Vallery"], "Hi Jason,\n\nThe Contoso review went well.\n\nBest,\nLena"));
        Assert.Equal(MeetingType.Customer, e.Type);
        Assert.Equal("Contoso", e.Account);
    }

    [Fact]
    public void Two_colleagues_are_a_one_on_one_with_the_other_person_as_account()
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", "Let's talk priorities."), ("Jeff Denworth", "Sure.")));
        Assert.Equal(MeetingType.OneOnOne, e.Type);
        Assert.Equal("Jeff Denworth", e.Account);
    }

    [Theory]
    [InlineData("Platform team weekly")]
    [InlineData("Platform squad standup")]
    [InlineData("Q3 retro")]
    [InlineData("Engineering all-hands")]
    [InlineData("Data guild")]
    [InlineData("Daily stand-up")]
    public void Two_people_in_a_meeting_the_title_calls_a_group_meeting_are_internal(string title)
    {
        // Found in a by-hand walk: a two-person "Platform team weekly" was filed as a one-on-one with the other as account.
        var e = Docs.Extract(Docs.Titled(title, ("Jason Vallery", "Let's talk priorities."), ("Hugo Lambert", "Sure.")));
        Assert.Equal(MeetingType.Internal, e.Type);
        Assert.Null(e.Account);
    }

    [Theory]
    [InlineData("Jason and Hugo 1-1")]
    [InlineData("Jason / Hugo catch-up")]
    [InlineData("Weekly sync")]
    [InlineData("Team lead 1:1")]
    public void Two_people_under_a_one_on_one_or_plain_recurring_title_stay_a_one_on_one(string title)
    {
        var e = Docs.Extract(Docs.Titled(title, ("Jason Vallery", "Let's talk priorities."), ("Hugo Lambert", "Sure.")));
        Assert.Equal(MeetingType.OneOnOne, e.Type);
        Assert.Equal("Hugo Lambert", e.Account);
    }

    [Fact]
    public void Three_colleagues_without_an_outside_company_are_internal()
    {
        var e = Docs.Extract(Docs.Transcript(("Alex Chen", "AWS is live."), ("Maria Gonzalez", "Nice."), ("Sam O'Neill", "Ok.")));
        Assert.Equal(MeetingType.Internal, e.Type);
        Assert.Null(e.Account);
    }

    [Fact]
    public void Summary_has_two_to_four_sentences_from_the_source()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Tom Becker", "We have about 2,400 GPUs today and checkpointing takes eleven minutes each time."),
            ("Priya Raman", "Checkpoint time is the metric that matters most for the proof of concept."),
            ("Jason Vallery", "I'll put together a proof of concept plan around checkpoint time."),
            ("Priya Raman", "Thanks all.")));
        var sentences = e.Summary.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(sentences.Length, 2, 4);
        Assert.Contains("checkpoint", e.Summary, StringComparison.OrdinalIgnoreCase);
    }
}
