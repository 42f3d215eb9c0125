using Cairn.Extraction.Offline;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>Decisions settled in conversation: group intent, a proposal someone agrees to, "that's what we'll do".</summary>
public sealed class ConversationDecisionTests
{
    [Theory]
    [InlineData("So we'll go with the rubber case.")]
    [InlineData("Okay so we're going for mains power with a backup battery.")]
    [InlineData("We're not gonna work with teletext.")]
    [InlineData("Let's say it's twelve fifty per unit.")]
    [InlineData("About the user interface, so we are going to use LCD.")]
    public void The_group_stating_what_it_will_do_is_a_decision(string text) => Assert.True(DecisionRules.IsDecision(text));

    [Theory]
    [InlineData("So we'll have the next meeting in half an hour.")]
    [InlineData("At least for what buttons we're gonna use.")]
    [InlineData("We'll have a look at the budget later.")]
    public void Meeting_logistics_and_relative_clauses_are_not_decisions(string text) => Assert.False(DecisionRules.IsDecision(text));

    [Fact]
    public void The_settling_part_of_a_sentence_is_kept_not_its_lead_in() =>
        Assert.Equal("We are going to use LCD.", DecisionRules.Clean("So, about the user interface, so we are going to use LCD."));

    [Fact]
    public void A_proposal_another_speaker_agrees_to_is_a_decision()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Hannah Weiss", "I think we should drop the PayPal flow. It costs us a lot of support time."),
            ("Tomas Novak", "Yeah, agreed.")));
        Assert.Equal("We should drop the PayPal flow.", Assert.Single(e.Decisions).Text);
    }

    [Fact]
    public void What_we_agreed_to_do_is_a_decision_not_a_task_while_what_a_person_agreed_to_do_is_their_task()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Sam Oneill", "We agreed to keep marketplace pricing the same as direct list price."),
            ("Maria Gonzalez", "Good. Omar agreed to send the revised price sheet by Friday.")));

        Assert.Equal("We agreed to keep marketplace pricing the same as direct list price.", Assert.Single(e.Decisions).Text);
        var task = Assert.Single(e.ActionItems);
        Assert.Equal(("Send the revised price sheet", "Omar"), (task.Text, task.Owner));
    }

    [Fact]
    public void A_proposal_met_with_an_objection_is_not_a_decision()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Hannah Weiss", "I think we should drop the PayPal flow."),
            ("Tomas Novak", "Hmm, not sure, some big customers still use it."),
            ("Priya Raman", "Yeah.")));
        Assert.Empty(e.Decisions);
    }

    [Fact]
    public void A_proposal_nobody_answers_is_not_a_decision()
    {
        var e = Docs.Extract(Docs.Transcript(("Hannah Weiss", "I think we should drop the PayPal flow."), ("Hannah Weiss", "Anyway, next topic.")));
        Assert.Empty(e.Decisions);
    }

    [Fact]
    public void That_is_what_we_will_do_takes_its_words_from_the_restatement_after_it()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Dana Whitfield", "What if we show the list of rooms first and the dial when you tap a room?"),
            ("Sam Osei", "Yeah, that works."),
            ("Dana Whitfield", "Okay, so that's what we'll do. Rooms list first, dial on tap.")));
        var decision = Assert.Single(e.Decisions);
        Assert.Equal("Rooms list first, dial on tap.", decision.Text);
    }

    [Fact]
    public void That_is_what_we_will_do_alone_takes_its_words_from_the_proposal()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Dana Whitfield", "Why don't we ship the beta to the pilot group first?"),
            ("Sam Osei", "Hmm."),
            ("Dana Whitfield", "Okay, that's what we'll do.")));
        Assert.Contains("ship the beta to the pilot group", Assert.Single(e.Decisions).Text);
    }

    [Fact]
    public void An_explicit_statement_replaces_the_agreed_proposal_it_restates()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Hardware Designer", "I think we should have the battery as a backup only."),
            ("Marketing Lead", "Yeah, fine."),
            ("Product Owner", "Okay so we're going for mains power with a backup battery.")));
        Assert.Contains("mains power", Assert.Single(e.Decisions).Text);
    }
}
