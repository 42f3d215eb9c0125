using System.Text.Json;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

public sealed class TasksCommandTests : IDisposable
{
    private readonly TempDirectory vault = new();

    public TasksCommandTests()
    {
        CheckCommandTests.Write(vault, ".cairn/config.yaml", "owner: Jason Vallery\n");
        CheckCommandTests.Write(vault, "Meetings/Acme/2025-11-01 - Sync.md", string.Join('\n',
            "---", "account: \"Acme\"", "---", "## Action Items",
            "- [ ] Draft pricing @Myself ⏫ #task 📅 2025-11-10",
            "- [ ] Send deck @Jeff Denworth 🔼 #task 📅 2025-12-01",
            "- [x] Book room @Myself #task ✅ 2025-11-02",
            "- [/] Review plan @Myself #task ⏳ 2025-11-15 🔁 every week 🆔 abc ⛔ x1,x2",
            ""));
        CheckCommandTests.Write(vault, "Meetings/Globex/2025-11-03 - Call.md", "---\naccount: \"[[Globex]]\"\n---\n- [-] Dropped idea @Ann Lee\n- [ ] Plain thing\n");
    }

    public void Dispose() => vault.Dispose();

    [Fact]
    public void A_list_longer_than_a_table_is_written_as_plain_aligned_lines_under_each_owner()
    {
        CheckCommandTests.Write(vault, "Big.md", string.Concat(Enumerable.Range(0, 1001).Select(i => $"- [ ] Task {i} @Ann Lee\n")));

        var result = CliRunner.Run("tasks", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Single(lines, l => l.Contains("Ann Lee (1001)", StringComparison.Ordinal));
        Assert.DoesNotContain('│', result.Stdout);
        // A header line per owner, then one line per task with the text last, the other columns aligned.
        var header = lines.Where(l => l.StartsWith("status", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, header.Count);
        var task = Assert.Single(lines, l => l.EndsWith("  Task 1000", StringComparison.Ordinal));
        Assert.StartsWith("todo  ", task, StringComparison.Ordinal);
        Assert.Single(header.Distinct());
        Assert.Equal(header[0].IndexOf("where", StringComparison.Ordinal), task.IndexOf("Big.md:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("2025-11-10 overdue", StringComparison.Ordinal) && l.EndsWith("  Draft pricing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_list_is_a_table_per_owner()
    {
        var result = CliRunner.Run("tasks", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains('│', result.Stdout);
    }

    [Fact]
    public void Json_has_the_design_shape_and_resolves_myself()
    {
        var tasks = Json("--all");

        Assert.Equal(6, tasks.Count);
        var first = tasks[0];
        Assert.Equal(
            ["file", "line", "status", "text", "owner", "priority", "due", "scheduled", "start", "created", "done", "cancelled", "recurrence", "tags", "id", "depends_on", "account", "overdue"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Meetings/Acme/2025-11-01 - Sync.md", first.GetProperty("file").GetString());
        Assert.Equal(5, first.GetProperty("line").GetInt32());
        Assert.Equal("Draft pricing", first.GetProperty("text").GetString());
        Assert.Equal("Jason Vallery", first.GetProperty("owner").GetString());
        Assert.Equal("high", first.GetProperty("priority").GetString());
        Assert.Equal("2025-11-10", first.GetProperty("due").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("done").ValueKind);
        Assert.Equal("Acme", first.GetProperty("account").GetString());
        Assert.True(first.GetProperty("overdue").GetBoolean());
        var review = tasks.Single(t => t.GetProperty("text").GetString() == "Review plan");
        Assert.Equal("in_progress", review.GetProperty("status").GetString());
        Assert.Equal("every week", review.GetProperty("recurrence").GetString());
        Assert.Equal("abc", review.GetProperty("id").GetString());
        Assert.Equal(["x1", "x2"], review.GetProperty("depends_on").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData(new string[0], new[] { 5, 8, 6, 5 })] // yours first (overdue, then undated), then Jeff's, then no owner
    [InlineData(new[] { "--done" }, new[] { 7, 4 })]
    [InlineData(new[] { "--owner", "Myself" }, new[] { 5, 8 })]
    [InlineData(new[] { "--owner", "jason vallery", "--all" }, new[] { 5, 7, 8 })]
    [InlineData(new[] { "--overdue" }, new[] { 5 })]
    [InlineData(new[] { "--due-before", "2025-12-02" }, new[] { 5, 6 })]
    [InlineData(new[] { "--priority", "medium" }, new[] { 6 })]
    [InlineData(new[] { "--account", "globex", "--all" }, new[] { 4, 5 })]
    public void Filters_select_tasks(string[] args, int[] lines)
    {
        Assert.Equal(lines, Json(args).Select(t => t.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void Human_output_groups_by_owner()
    {
        var result = CliRunner.Run("tasks", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Jason Vallery (2)", result.Stdout);
        Assert.Contains("Jeff Denworth (1)", result.Stdout);
        Assert.Contains("Draft pricing", result.Stdout);
    }

    [Fact]
    public void Bad_date_is_a_usage_error()
    {
        var result = CliRunner.Run("tasks", "--vault", vault.Path, "--due-before", "soon");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--due-before", result.Stderr);
    }

    private List<JsonElement> Json(params string[] args)
    {
        var result = CliRunner.Run(["tasks", "--vault", vault.Path, "--json", .. args]);
        Assert.Equal(0, result.ExitCode);
        return [.. JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray()];
    }
}
