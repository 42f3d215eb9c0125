namespace Cairn.Tests.Extraction.Offline;

/// <summary>Owners said by role, by pronoun, or for the next meeting; and commitments with "I should have … by".</summary>
public sealed class RoleAndPronounOwnerTests
{
    private static readonly (string, string)[] Roles =
    [
        ("Project Manager", "Okay, let's wrap up."),
        ("Industrial Designer", "Sure."),
        ("User Interface Designer", "Fine."),
        ("Marketing Expert", "Okay."),
    ];

    [Theory]
    [InlineData("For the industrial designer, the components design.", "Industrial Designer")]
    [InlineData("As the industrial designer, you're gonna be working on the working design.", "Industrial Designer")]
    [InlineData("And marketing, your job is to find out what competitors charge.", "Marketing Expert")]
    [InlineData("And marketing you're gonna be thinking about trend watching.", "Marketing Expert")]
    [InlineData("For user interface, you'll do the button layout.", "User Interface Designer")]
    [InlineData("And the marketing expert will do the first product evaluation.", "Marketing Expert")]
    public void A_role_said_in_lower_case_or_in_part_owns_the_task(string text, string owner)
    {
        var e = Docs.Extract(Docs.Transcript([.. Roles, ("Project Manager", text)]));
        Assert.Equal(owner, Assert.Single(e.ActionItems).Owner);
    }

    [Fact]
    public void A_role_two_participants_share_owns_nothing()
    {
        var e = Docs.Extract(Docs.Transcript([.. Roles, ("Project Manager", "For the designer, the components design.")]));
        Assert.Empty(e.ActionItems);
    }

    [Fact]
    public void He_is_the_one_person_named_just_before_by_the_same_speaker()
    {
        var e = Docs.Extract(Docs.Transcript(("Hannah Weiss", "For the refunds, talk to Omar in finance. He'll send you the list of affected invoices."), ("Tomas Novak", "Okay.")));
        Assert.Equal("Omar", Assert.Single(e.ActionItems).Owner);
    }

    [Fact]
    public void He_after_two_names_has_no_owner()
    {
        var e = Docs.Extract(Docs.Transcript(("Hannah Weiss", "Omar and Lars looked at the refunds. He'll send you the list of affected invoices."), ("Tomas Novak", "Okay.")));
        Assert.Null(Assert.Single(e.ActionItems).Owner);
    }

    [Fact]
    public void Two_people_named_together_get_a_task_each()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Hannah Weiss", "Poppy and Tara will build the clay prototype together."), ("Poppy Lane", "Okay."), ("Tara Singh", "Sure.")));
        Assert.Equal(["Poppy Lane", "Tara Singh"], e.ActionItems.Select(a => a.Owner));
        Assert.All(e.ActionItems, a => Assert.Equal("Build the clay prototype together", a.Text));
    }

    [Fact]
    public void Presenting_at_the_next_meeting_is_a_task()
    {
        var e = Docs.Extract(Docs.Transcript(("Hannah Weiss", "Next time, Priya will walk us through the Stripe dashboards."), ("Priya Raman", "Sure.")));
        Assert.Equal("Priya Raman", Assert.Single(e.ActionItems).Owner);
    }

    [Fact]
    public void Presenting_now_is_not_a_task()
    {
        var e = Docs.Extract(Docs.Transcript(("Hannah Weiss", "Priya will walk us through the Stripe dashboards."), ("Priya Raman", "Sure.")));
        Assert.Empty(e.ActionItems);
    }

    [Fact]
    public void I_should_have_something_by_a_day_is_a_commitment()
    {
        var e = Docs.Extract(Docs.Transcript(("Ben Carter", "I should have a fix by Thursday."), ("Marco Rossi", "Okay.")));
        var task = Assert.Single(e.ActionItems);
        Assert.Equal(("Have a fix", "Ben Carter", new DateOnly(2025, 11, 13)), (task.Text, task.Owner, task.Due));
    }

    [Theory]
    [InlineData("I should have said that earlier.")]
    [InlineData("I'll give it a two.")]
    [InlineData("I'll talk about the components design.")]
    [InlineData("I'll get to that in a moment.")]
    public void Regrets_ratings_and_talk_in_the_meeting_are_not_tasks(string text)
    {
        var e = Docs.Extract(Docs.Transcript(("Ben Carter", text), ("Marco Rossi", "Okay.")));
        Assert.Empty(e.ActionItems);
    }
}
