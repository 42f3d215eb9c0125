namespace Cairn.Tests.Extraction.Offline;

/// <summary>
/// How requests are asked and answered in real meetings: hedged asks and offers, names said mid-sentence,
/// replies that take the work on, replies that turn it down, and reports of work already done.
/// </summary>
public sealed class RequestReplyTests
{
    [Theory]
    [InlineData("Marcus, would you mind opening a ticket with our support team?", "Open a ticket with our support team")]
    [InlineData("Marcus, would it be possible for your team to send over the capacity reports?", "Send over the capacity reports")]
    [InlineData("Marcus, do you think you could review the runbook?", "Review the runbook")]
    [InlineData("Marcus, could you pick up the load testing instead?", "Pick up the load testing")]
    [InlineData("Yes please, Marcus, if you could draft the FAQ by the 21st that would be great.", "Draft the FAQ")]
    public void Hedged_requests_are_tasks_of_the_person_named(string asked, string text)
    {
        var e = Docs.Extract(Docs.Transcript(("Ana Ruiz", asked), ("Marcus Lee", "Sure."), ("Jason Vallery", "Thanks.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal(text, task.Text);
        Assert.Equal("Marcus Lee", task.Owner);
    }

    [Fact]
    public void A_reply_that_accepts_with_a_date_gives_the_request_its_date()
    {
        // Found in a by-hand walk: "Sure, I can get that to you by Friday." gave the owner but lost the date.
        var e = Docs.Extract(Docs.Transcript(("Ana Ruiz", "Marcus, could you send us a sample of the access logs?"), ("Marcus Lee", "Sure, I can get that to you by Friday."), ("Jason Vallery", "Thanks.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal("Marcus Lee", task.Owner);
        Assert.Equal(new DateOnly(2025, 11, 14), task.Due);
    }

    [Theory]
    [InlineData("Yes, I'll share it Wednesday.", 19)]
    [InlineData("Sure, I'll have it to you Monday.", 17)]
    public void A_reply_that_promises_a_bare_weekday_gives_the_request_that_day(string reply, int day)
    {
        // Found in a by-hand walk: "by Wednesday" gave the date, a bare "Wednesday" at the end of the promise did not.
        var e = Docs.Extract(Docs.Transcript(("Ana Ruiz", "Marcus, could you share the matrix with the team?"), ("Marcus Lee", reply), ("Jason Vallery", "Thanks.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal("Marcus Lee", task.Owner);
        Assert.Equal(new DateOnly(2025, 11, day), task.Due);
    }

    [Fact]
    public void A_request_to_two_people_names_the_partner_and_is_owned_by_the_one_addressed()
    {
        var e = Docs.Extract(Docs.Transcript(("Ana Ruiz", "Priya, can you and Tom pair on the SSO integration this sprint?"), ("Priya Desai", "Sure."), ("Tom Hughes", "Okay.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal("Pair with Tom on the SSO integration this sprint", task.Text);
        Assert.Equal("Priya Desai", task.Owner);
    }

    [Theory]
    [InlineData("Yeah, leave it with me.")]
    [InlineData("I can take that.")]
    [InlineData("Happy to own that.")]
    [InlineData("Will do.")]
    public void A_reply_that_takes_on_an_unaddressed_request_owns_it(string reply)
    {
        var e = Docs.Extract(Docs.Transcript(("Ana Ruiz", "Could you write up the design doc by Friday?"), ("Luis Ortega", reply), ("Jason Vallery", "Great.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal("Luis Ortega", task.Owner);
        Assert.Equal(new DateOnly(2025, 11, 14), task.Due);
    }

    [Theory]
    [InlineData("Could someone update the runbook before the release?")]
    [InlineData("Can one of you update the runbook before the release?")]
    public void A_request_to_anyone_is_a_task_owned_by_whoever_takes_it_on(string asked)
    {
        var taken = Docs.Extract(Docs.Transcript(("Ana Ruiz", asked), ("Luis Ortega", "I can take that."), ("Jason Vallery", "Great.")));
        var nodded = Docs.Extract(Docs.Transcript(("Ana Ruiz", asked), ("Luis Ortega", "Okay."), ("Jason Vallery", "Right.")));

        var task = Assert.Single(taken.ActionItems);
        Assert.Equal(("Update the runbook before the release", "Luis Ortega"), (task.Text, task.Owner));
        Assert.Null(Assert.Single(nodded.ActionItems).Owner);
    }

    [Fact]
    public void A_nod_does_not_give_an_unaddressed_request_an_owner()
    {
        var e = Docs.Extract(Docs.Transcript(("Ana Ruiz", "Could you write up the design doc by Friday?"), ("Luis Ortega", "Okay."), ("Jason Vallery", "Right.")));
        Assert.Null(Assert.Single(e.ActionItems).Owner);
    }

    [Theory]
    [InlineData("I can't make Thursday, unfortunately, I'm travelling all week.")]
    [InlineData("Not this week, I'm at the customer summit until Thursday.")]
    [InlineData("Sorry, I don't have the bandwidth right now.")]
    public void A_declined_request_is_not_a_task(string reply)
    {
        var e = Docs.Extract(Docs.Transcript(("Ingrid Solberg", "Jason, could you present the results to our change board on Thursday?"), ("Jason Vallery", reply), ("Ben Adeyemi", "Okay.")));
        Assert.Empty(e.ActionItems);
    }

    [Fact]
    public void A_commitment_made_while_declining_stands_and_keeps_the_requests_words_when_it_points_back()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Ingrid Solberg", "Ben, can you send Marcus the VPN configuration?"),
            ("Ben Adeyemi", "I can't do that this week, our network lead is out. I'll send it next Tuesday."),
            ("Marcus Lee", "Fine.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal("Send Marcus the VPN configuration", task.Text);
        Assert.Equal("Ben Adeyemi", task.Owner);
        Assert.Equal(new DateOnly(2025, 11, 18), task.Due);
    }

    [Fact]
    public void A_different_commitment_made_while_declining_replaces_the_request()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Kwame Asante", "Could you do a two-year term instead of three?"),
            ("Jason Vallery", "I can't commit to that today, I'd need to check with our deal desk. I'll circle back on the two-year option by Wednesday."),
            ("Rosa Martinez", "Okay.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal("Circle back on the two-year option", task.Text);
        Assert.Equal("Jason Vallery", task.Owner);
    }

    [Theory]
    [InlineData("Leave the quote with me.", "Take care of the quote")]
    [InlineData("And I'm happy to own the updated sizing deck, I'll base it on the reports Rosa sends.", "Own the updated sizing deck and base it on the reports Rosa sends")]
    [InlineData("Sam, I know you're stretched, so I'll pick up the hiring slide myself.", "Pick up the hiring slide")]
    [InlineData("Let me talk to their CFO, I know her from my time at Fabrikam.", "Talk to their CFO")]
    [InlineData("You'll have the results by next Wednesday.", "Send the results")]
    public void Hedged_and_indirect_commitments_are_the_speakers_tasks(string said, string text)
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", said), ("Ana Ruiz", "Thanks."), ("Sam Osei", "Great.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal(text, task.Text);
        Assert.Equal("Jason Vallery", task.Owner);
    }

    [Theory]
    [InlineData("I sent the updated pricing deck to the sales leads yesterday.")]
    [InlineData("By the way, I already finished the migration scripts on Friday.")]
    [InlineData("Leave it with me.")]
    [InlineData("Happy to meet you.")]
    [InlineData("If you're going to buy a new laptop, you're going to expect a warranty.")]
    public void Reports_of_work_done_bare_offers_and_conditions_are_not_tasks(string said)
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", said), ("Ana Ruiz", "Thanks."), ("Sam Osei", "Great.")));
        Assert.Empty(e.ActionItems);
    }

    [Fact]
    public void What_someone_else_sends_you_is_not_the_speakers_delivery()
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", "You'll get instructions from your coach."), ("Ana Ruiz", "Thanks."), ("Sam Osei", "Great.")));
        Assert.DoesNotContain(e.ActionItems, a => a.Owner == "Jason Vallery");
    }

    [Fact]
    public void Someone_who_offered_or_volunteered_owns_the_task()
    {
        var e = Docs.Extract(Docs.Transcript(("Olivia Grant", "Hugo has offered to pull the ARR chart from the finance model."), ("Hugo Lambert", "Yes."), ("Jason Vallery", "Great.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal("Hugo Lambert", task.Owner);
        Assert.Equal("Pull the ARR chart from the finance model", task.Text);
    }

    [Theory]
    [InlineData("Ana, you have to come up with a components concept.")]
    [InlineData("I will speak to the management about the production cost.")]
    [InlineData("So what I will do is I will try to negotiate with the vendors.")]
    public void Phrasal_work_verbs_are_tasks(string said)
    {
        var e = Docs.Extract(Docs.Transcript(("Jason Vallery", said), ("Ana Ruiz", "Thanks."), ("Sam Osei", "Great.")));
        Assert.Single(e.ActionItems);
    }
}
