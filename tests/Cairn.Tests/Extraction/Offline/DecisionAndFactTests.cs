using Cairn.Extraction.Offline;

namespace Cairn.Tests.Extraction.Offline;

public sealed class DecisionAndFactTests
{
    [Theory]
    [InlineData("We decided last week that we are not going to renew the NetApp contract.")]
    [InlineData("We agreed internally to move the evaluation to January.")]
    [InlineData("Good, so that's decided, parity pricing stays.")]
    [InlineData("Let's agree the POC runs for three weeks starting December 1st.")]
    [InlineData("Let's go with the blue design.")]
    [InlineData("We won't sign anything until legal reviews it.")]
    [InlineData("We're moving the launch to March.")]
    public void Settled_statements_are_decisions(string text) => Assert.True(DecisionRules.IsDecision(text));

    [Theory]
    [InlineData("Should we go with the blue design?")]
    [InlineData("We haven't decided whether to renew.")]
    [InlineData("Maybe we agreed on that, not sure.")]
    [InlineData("I think the blue one looks nicer.")]
    public void Questions_and_hedges_are_not_decisions(string text) => Assert.False(DecisionRules.IsDecision(text));

    [Fact]
    public void A_bare_assent_after_a_decision_is_not_a_second_decision_or_a_fact()
    {
        var e = Docs.Extract(Docs.Transcript(("Priya Raman", "Let's agree the POC runs for three weeks starting December 1st."), ("Jason Vallery", "Agreed, three weeks from December 1st.")));
        Assert.Single(e.Decisions);
        Assert.Empty(e.KeyFacts);
    }

    [Theory]
    [InlineData("We have about 2,400 GPUs today.")]
    [InlineData("A full checkpoint takes eleven minutes.")]
    [InlineData("We burst to Azure for about forty percent of our jobs.")]
    [InlineData("Tom runs infrastructure for our training cluster.")]
    [InlineData("We need a decision by end of January.")]
    [InlineData("The AWS Marketplace listing is live as of Monday.")]
    public void Figures_roles_dates_and_status_are_facts(string text) => Assert.True(FactRules.IsFact(text));

    [Theory]
    [InlineData("That sounds great to me.")]
    [InlineData("How many GPUs do you have?")]
    public void Chatter_and_questions_are_not_facts(string text) => Assert.False(FactRules.IsFact(text));
}
