namespace Cairn.Tests.Cli;

/// <summary>"What did we decide about Y" is the exact list of decision lines that say Y, not the best few passages.</summary>
public sealed class AskDecisionTests : IDisposable
{
    private readonly AskVault vault = new(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));

    public AskDecisionTests()
    {
        foreach (var company in new[] { "Northwind", "Contoso" })
        {
            vault.Write($"Companies/{company}.md", $"---\ntype: company\n---\n# {company}\n");
        }

        Meeting("2025-05-05", "Northwind commercial review", "Northwind", "We keep the list price for the first year.", "Discounts above 20% need the CFO.", "Pricing is per terabyte, not per node.", "Support pricing is bundled.", "Renewal pricing is capped at 5%.", "The offsite is in June.");
        Meeting("2025-05-12", "Northwind weekly", "Northwind", "The pricing sheet goes out on Friday.");
        Meeting("2025-05-19", "Contoso weekly", "Contoso", "Contoso pricing follows Northwind's model.");
    }

    [Fact]
    public void Every_decision_that_says_the_topic_is_listed_however_many_one_meeting_made_newest_first()
    {
        var answer = vault.Ask("What did we decide about pricing?");

        var lines = answer.GetProperty("answer").GetString()!.Split('\n');
        Assert.Equal("Decisions about pricing (3 meetings):", lines[0]);
        Assert.Equal(
            ["- 2025-05-19: Contoso pricing follows Northwind's model. [1]", "- 2025-05-12: The pricing sheet goes out on Friday. [2]", "- 2025-05-05: We keep the list price for the first year. [3]", "- 2025-05-05: Pricing is per terabyte, not per node. [4]", "- 2025-05-05: Support pricing is bundled. [5]", "- 2025-05-05: Renewal pricing is capped at 5%. [6]"],
            lines[1..]);
        Assert.Equal(6, answer.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public void A_meeting_named_for_the_topic_gives_all_its_decisions_and_a_named_account_narrows()
    {
        var lines = vault.Ask("What did we decide in the review with Northwind?").GetProperty("answer").GetString()!.Split('\n');

        Assert.Equal("Decisions about review (1 meeting):", lines[0]);
        Assert.Equal(6, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains("The offsite is in June.", StringComparison.Ordinal));
    }

    public void Dispose() => vault.Dispose();

    private void Meeting(string date, string title, string account, params string[] decisions) =>
        vault.Write($"Meetings/{account}/{date} - {title}.md", $"---\ntype: meeting\ndate: {date}\naccount: \"[[{account}]]\"\nparticipants: [\"Ana Diaz\"]\n---\n# {title}\n\n## Summary\nA meeting.\n\n## Decisions\n{string.Join('\n', decisions.Select(d => "- " + d))}\n");
}
