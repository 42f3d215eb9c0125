using System.Text.Json;
using Cairn.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Cli;

public sealed class PipelineCommandTests : IDisposable
{
    private readonly TestVault vault = TestVault.Standard();

    public PipelineCommandTests()
    {
        // 31 days before the pinned day: inside 90 days, outside 30.
        vault.Write("Meetings/Acme/2025-10-20 - Acme discovery.md", TestVault.Meeting("Acme discovery", "2025-10-20", "Acme Corp", ["Priya Raman", "Jason Vallery"],
            "Discovery.", [], ["Keep NetApp for the archive tier."], ["Acme has 4 PB today.", "The pilot should have a rollback plan."]));

        // A customer-typed one-on-one whose account is a person: not an account of the pipeline.
        vault.Write("Meetings/2025-11-19 - Priya 1-1.md", TestVault.Meeting("Priya 1-1", "2025-11-19", "Priya Raman", ["Priya Raman", "Jason Vallery"], "Catch-up.", [], [], []));
    }

    public void Dispose() => vault.Dispose();

    [Fact]
    public void Accounts_have_last_contact_meeting_counts_tasks_by_owner_decisions_and_requirements()
    {
        var accounts = Accounts(CliRunner.Run("pipeline", "--vault", vault.Root, "--json"));

        Assert.Equal(["Acme", "Globex"], accounts.Select(a => a.GetProperty("account").GetString()));
        var acme = accounts[0];
        Assert.Equal("Companies/Acme.md", acme.GetProperty("path").GetString());
        Assert.Equal("2025-11-17", acme.GetProperty("last_contact").GetString());
        Assert.Equal((2, 3, 3), Counts(acme));
        Assert.Equal((4, 2), (acme.GetProperty("open_tasks").GetInt32(), acme.GetProperty("overdue").GetInt32()));
        Assert.Equal(["Jason Vallery 2/1", "Priya Raman 2/1"], acme.GetProperty("owners").EnumerateArray()
            .Select(o => $"{o.GetProperty("owner").GetString()} {o.GetProperty("open").GetInt32()}/{o.GetProperty("overdue").GetInt32()}"));
        Assert.Equal(["Extend the pilot to the vision team.", "Run the pilot for three weeks.", "Keep NetApp for the archive tier."], Texts(acme, "decisions"));
        Assert.Equal(["The vision team needs GPU direct storage.", "Acme must keep data on premises.", "The pilot should have a rollback plan."], Texts(acme, "requirements"));
        Assert.Equal(["Acme has 4 PB today."], Texts(acme, "key_facts"));
        Assert.Equal((0, 1, 1), Counts(accounts[1]));
        Assert.Equal(["Globex requires SOC 2 before a pilot."], Texts(accounts[1], "requirements"));
    }

    [Fact]
    public void Meeting_windows_follow_the_clock()
    {
        var later = new FakeTimeProvider(new DateTimeOffset(2025, 12, 20, 9, 0, 0, TimeSpan.Zero));

        var acme = Accounts(CliRunner.Run(later, "pipeline", "--accounts", "Acme", "--vault", vault.Root, "--json")).Single();

        Assert.Equal((0, 3, 3), Counts(acme));
        Assert.Equal(33, acme.GetProperty("days_since").GetInt32());
    }

    [Fact]
    public void Accounts_option_keeps_the_names_given_by_alias_and_an_unknown_one_fails()
    {
        var only = Accounts(CliRunner.Run("pipeline", "--accounts", "acme corp", "--vault", vault.Root, "--json"));
        var unknown = CliRunner.Run("pipeline", "--accounts", "Acme,Initech", "--vault", vault.Root);

        Assert.Equal(["Acme"], only.Select(a => a.GetProperty("account").GetString()));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("error: no account named 'Initech' (no entity note and no meeting with that account)", unknown.Stderr.Trim());
    }

    [Fact]
    public void The_terminal_table_shows_each_account()
    {
        var result = CliRunner.Run("pipeline", "--vault", vault.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Acme", result.Stdout);
        Assert.Contains("2025-09-01 (80d)", result.Stdout);
        Assert.Contains("4 (2)", result.Stdout);
    }

    [Fact]
    public void Write_makes_both_dashboards_and_a_second_run_writes_nothing()
    {
        var tasksBefore = CliRunner.Run("tasks", "--vault", vault.Root, "--json").Stdout;

        var first = JsonDocument.Parse(CliRunner.Run("pipeline", "--write", "--vault", vault.Root, "--json").Stdout).RootElement;
        var pipeline = vault.Read("Dashboards/Pipeline.md");
        var tasks = vault.Read("Dashboards/Tasks.md");
        var stamp = File.GetLastWriteTimeUtc(vault.Dir.Combine("Dashboards", "Pipeline.md"));
        var second = JsonDocument.Parse(CliRunner.Run("pipeline", "--write", "--vault", vault.Root, "--json").Stdout).RootElement;

        Assert.Equal(["Dashboards/Pipeline.md", "Dashboards/Tasks.md"], first.GetProperty("written").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(0, second.GetProperty("written").GetArrayLength());
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(vault.Dir.Combine("Dashboards", "Pipeline.md")));
        Assert.Equal(pipeline, vault.Read("Dashboards/Pipeline.md"));
        Assert.Equal(tasks, vault.Read("Dashboards/Tasks.md"));
        Assert.Contains("| [[Acme]] | 2025-11-17 | 2 | 3 | 4 | 2 |", pipeline);
        Assert.Contains("## Acme\n\n**Account**: [[Acme]]", pipeline);
        Assert.Contains("- 2025-11-17: [[2025-11-17 - Acme check-in]]", pipeline);
        Assert.Contains("\n## Overdue\n\n```tasks\nnot done\ndue before today\npath includes Meetings/\nsort by due\n```\n", tasks);
        Assert.Contains("\n## Jason Vallery (you)\n\n```tasks\nnot done\n(description includes @Myself) OR (description includes @Jason Vallery)\npath includes Meetings/\nsort by due\n```\n", tasks);
        Assert.True(tasks.IndexOf("## Jason Vallery (you)", StringComparison.Ordinal) < tasks.IndexOf("## Priya Raman", StringComparison.Ordinal));
        Assert.DoesNotContain("- [", tasks);
        Assert.Equal(tasksBefore, CliRunner.Run("tasks", "--vault", vault.Root, "--json").Stdout);
    }

    private static (int, int, int) Counts(JsonElement a) =>
        (a.GetProperty("meetings_30d").GetInt32(), a.GetProperty("meetings_90d").GetInt32(), a.GetProperty("meetings_total").GetInt32());

    private static List<string?> Texts(JsonElement a, string property) => [.. a.GetProperty(property).EnumerateArray().Select(i => i.GetProperty("text").GetString())];

    private static List<JsonElement> Accounts(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        return [.. JsonDocument.Parse(result.Stdout).RootElement.GetProperty("accounts").EnumerateArray()];
    }

    [Theory]
    [InlineData("Contoso runs 400 GPUs for inference today and plans to double that next year.", true)]
    [InlineData("Budget is approved for up to 2 petabytes.", true)]
    [InlineData("They are looking for a managed service.", true)]
    [InlineData("Hannah wants consumption pricing.", true)]
    [InlineData("The security questionnaire is done.", false)]
    [InlineData("Priya runs ML infrastructure at Acme.", false)]
    public void Requirements_are_lines_that_state_a_need_a_plan_or_a_budget(string line, bool expected)
    {
        Assert.Equal(expected, Cairn.Queries.PipelineQuery.IsRequirement(line));
    }
}
