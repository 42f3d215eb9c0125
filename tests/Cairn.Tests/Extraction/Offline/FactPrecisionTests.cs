using Cairn.Extraction.Offline;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>Sentences that merely hold a number are not key facts; figures about the business are.</summary>
public sealed class FactPrecisionTests
{
    [Theory]
    [InlineData("I've got 3 things on my list for today.")]
    [InlineData("Give me 2 minutes after this and I'll explain the pager setup to you.")]
    [InlineData("Give me two minutes to find the doc.")]
    [InlineData("We have 10 minutes left, so let's move on.")]
    [InlineData("The call moved to 3 pm on the calendar.")]
    [InlineData("Let's do 10:30 tomorrow for the follow-up call.")]
    [InlineData("If you go to slide 12 you can see the architecture diagram.")]
    [InlineData("The deck has 30 slides, so bear with me.")]
    [InlineData("I have two quick questions about the contract.")]
    [InlineData("That's the third time the vendor pinged me this week.")]
    [InlineData("I think we had 2 or 3 tickets like that last year too.")]
    [InlineData("Maybe 20 percent of them would churn.")]
    [InlineData("If we added 500 nodes, it would probably cost about $2 million.")]
    [InlineData("Let's plan a checkpoint call in two weeks to review progress.")]
    [InlineData("For those four accounts we need a joint solution brief before we can take it to the field.")]
    [InlineData("Both are must-haves for our security review.")]
    [InlineData("He owns the take-home exercise too.")]
    [InlineData("Do we know if the 40% figure is right?")]
    public void Numbers_in_chatter_hedges_and_logistics_are_not_facts(string text) => Assert.False(FactRules.IsFact(text));

    [Theory]
    [InlineData("We ran 2,000 test events through them last week with no failures.")]
    [InlineData("From me, the staging cluster upgrade to Kubernetes 1.31 is done.")]
    [InlineData("Read latency dropped from 9 ms to about 2 ms after the move.")]
    [InlineData("Only three people are on the on-call rota right now.")]
    [InlineData("It grows about 300 MB per hour under load.")]
    [InlineData("The renewal is worth $1.2 million a year.")]
    [InlineData("Our budget is locked on November 15.")]
    [InlineData("This is urgent for us because our budget is locked on November 15.")]
    [InlineData("The new cluster is three times faster on small files.")]
    public void Business_figures_and_status_stay_facts(string text) => Assert.True(FactRules.IsFact(text));

    [Fact]
    public void A_short_fact_takes_the_same_speakers_explanation_with_it()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Lena Park", "Are there any blockers on the remaining teams?"),
            ("Omar Haddad", "The finance team is the concern. Their legacy share uses a custom ACL format that breaks the migration tool."),
            ("Lena Park", "Thanks, that helps.")));
        var fact = Assert.Single(e.KeyFacts);
        Assert.Equal("The finance team is the concern. Their legacy share uses a custom ACL format that breaks the migration tool.", fact.Text);
        Assert.Equal("Omar Haddad", fact.Evidence.Speaker);
    }

    [Fact]
    public void A_sentence_about_he_or_it_joins_the_fact_it_continues()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Priya Shah", "Who's running the interviews?"),
            ("Jason Vallery", "Kenji leads the interview loop for the whole EMEA region. He owns the take-home exercise too."),
            ("Priya Shah", "Got it.")));
        Assert.Equal("Kenji leads the interview loop for the whole EMEA region. He owns the take-home exercise too.", Assert.Single(e.KeyFacts).Text);
    }

    [Fact]
    public void A_figure_about_it_takes_the_sentence_that_says_what_it_is()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Marco Rossi", "Ben, where are you?"),
            ("Ben Carter", "I'm still on the memory leak in the indexer. It grows about 300 MB per hour under load."),
            ("Marco Rossi", "Okay.")));
        Assert.Equal("I'm still on the memory leak in the indexer. It grows about 300 MB per hour under load.", Assert.Single(e.KeyFacts).Text);
    }

    [Fact]
    public void Introducing_the_people_present_in_the_opening_turn_is_each_persons_fact_not_the_meetings()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Priya Raman", "Morning everyone. Tom Becker runs infrastructure for our training cluster, and Dana Whitfield is our procurement lead."),
            ("Tom Becker", "We have about 2,400 GPUs today."),
            ("Dana Whitfield", "Hello."),
            ("Jason Vallery", "Sounds good.")));
        // Who is who is not a fact of the meeting's business: it is each introduced person's own fact (PersonFactTests).
        Assert.Equal(
            ["Tom Becker runs infrastructure for our training cluster.", "Dana Whitfield is the procurement lead.", "We have about 2,400 GPUs today."],
            e.KeyFacts.Select(f => f.Text));
    }

    [Fact]
    public void Ownership_stated_later_in_the_meeting_stays_a_fact()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Jason Vallery", "Thanks for making time."),
            ("Jason Vallery", "Who covers financial services for you?"),
            ("Hannah Weber", "Carlos Mendes covers financial services for the whole east region."),
            ("Carlos Mendes", "Yes, that's me.")));
        Assert.Contains(e.KeyFacts, f => f.Text.StartsWith("Carlos Mendes covers financial services", StringComparison.Ordinal));
    }
}
