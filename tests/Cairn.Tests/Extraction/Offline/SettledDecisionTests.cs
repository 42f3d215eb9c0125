using Cairn.Extraction.Offline;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>Decisions said without "decided": announced, locked in, reversed, stated as a new value, or confirmed with a tag.</summary>
public sealed class SettledDecisionTests
{
    [Theory]
    [InlineData("OK so we're going with Postgres, not DynamoDB.")]
    [InlineData("Final answer: we ship on January 14.")]
    [InlineData("Kafka it is, let's lock that in.")]
    [InlineData("Let's lock in November 28 for the dry run.")]
    [InlineData("Nothing goes to production until the sync issue is fixed.")]
    [InlineData("Then the pilot ends on December 12 instead of the 5th.")]
    [InlineData("Energy, we've decided on kinetic, right?")]
    [InlineData("We will omit the touch screen in favour of voice recognition.")]
    [InlineData("Looking at what we've got, we want an LCD display with a spinning wheel.")]
    [InlineData("We're aligned on the three-year term.")]
    [InlineData("We are aligned on the pricing.")]
    public void Settled_without_the_word_decided(string text) => Assert.True(DecisionRules.IsDecision(text));

    [Theory]
    [InlineData("I think it is.")]
    [InlineData("Could you do a two-year term instead of three?")]
    [InlineData("We could use rubber instead of plastic.")]
    [InlineData("Do we want a button on the television?")]
    [InlineData("We want to make sure the customer is happy.")]
    [InlineData("Have we decided on kinetic?")]
    public void Questions_hedges_and_wishes_are_not(string text) => Assert.False(DecisionRules.IsDecision(text));

    [Theory]
    [InlineData("Final answer: we ship on January 14.", "We ship on January 14.")]
    [InlineData("Energy, we've decided on kinetic, right?", "Energy, we've decided on kinetic.")]
    [InlineData("Perfect. And just so it's written down: nothing goes to production until the fix.", "Nothing goes to production until the fix.")]
    public void The_announcement_and_the_confirming_tag_are_not_part_of_the_decision(string said, string text) =>
        Assert.Equal(text, DecisionRules.Clean(said));

    [Fact]
    public void Bold_in_written_notes_is_formatting_not_words()
    {
        // "**Decision: …**" in Markdown minutes: the marker opened with "**" was not read, and the stars stayed in the text.
        var notes = new Cairn.Sources.SourceDocument("n.md", "md", Cairn.Sources.SourceKind.Notes, "Planning", Docs.Date, [], [],
            "## Hiring\n\nLong discussion about the budget.\n\n**Decision: the support team grows by two in Q2, both in Lisbon.** Recruiting starts in March.\n\n__Decided__: the offsite moves to Porto.\n");
        var decisions = Docs.Extract(notes).Decisions.Select(d => d.Text).ToList();
        Assert.Equal(["The support team grows by two in Q2, both in Lisbon.", "The offsite moves to Porto."], decisions);
    }

    [Fact]
    public void A_reversal_with_a_colon_decides_what_follows_and_the_old_plan_is_no_fact()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Rachel Adams", "On travel, we were going to cut all customer visits in December. I've changed my mind: customer visits are fine, internal travel stays frozen."),
            ("Jason Vallery", "Got it.")));
        Assert.Equal("Customer visits are fine, internal travel stays frozen.", Assert.Single(e.Decisions).Text);
        Assert.Empty(e.KeyFacts);
    }

    [Fact]
    public void A_reversal_without_a_colon_decides_the_next_sentence()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Rosa Martinez", "We were going to move the archive to Azure, but we've reversed that. The archive stays on-prem."),
            ("Jason Vallery", "Okay, that's helpful.")));
        Assert.Equal("The archive stays on-prem.", Assert.Single(e.Decisions).Text);
    }

    [Fact]
    public void A_reversal_with_nothing_after_it_decides_nothing()
    {
        var e = Docs.Extract(Docs.Transcript(("Rosa Martinez", "We've reversed that."), ("Jason Vallery", "Why?")));
        Assert.Empty(e.Decisions);
    }

    [Theory]
    [InlineData("And our ops team already runs Kafka for payments.")]
    [InlineData("The one problem is the nightly sync, it failed twice last week.")]
    [InlineData("The Litware deal is slipping, by the way.")]
    [InlineData("Compliance told me on Monday that audit events have to be kept for a year.")]
    [InlineData("We have 18 beta customers live.")]
    public void Status_requirements_and_team_roles_are_facts(string text) => Assert.True(FactRules.IsFact(text));

    [Theory]
    [InlineData("On second thought, the visits stay.")]
    [InlineData("We've dropped that.")]
    [InlineData("I've changed my mind: visits are fine.")]
    public void Reversals_are_found_whatever_words_they_use(string text) => Assert.True(DecisionRules.IsReversal(text));
}
