using System.Text.Json;
using Cairn.Cli;
using Cairn.Cli.Output;
using Cairn.Tests.Fakes;
using Spectre.Console;

namespace Cairn.Tests.Cli;

/// <summary>The conventions of git, ripgrep and the .NET CLI: help, did-you-mean, colour, width, JSON errors, one name resolver.</summary>
public sealed class CommandLineConventionsTests : IDisposable
{
    private readonly TestVault vault = TestVault.Standard();

    public void Dispose() => vault.Dispose();

    [Fact]
    public void Cairn_alone_prints_help_with_every_command()
    {
        var result = CliRunner.Run();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout);
        Assert.Contains("completion", result.Stdout);
        Assert.Empty(result.Stderr);
    }

    [Theory]
    [InlineData(new[] { "serach", "pilot" }, "error: unknown command 'serach' for 'cairn'; did you mean 'search'?")]
    [InlineData(new[] { "tasks", "--ownr", "Marcus" }, "error: unknown option '--ownr' for 'cairn tasks'; did you mean '--owner'?")]
    [InlineData(new[] { "ingest", "--dryrun" }, "error: unknown option '--dryrun' for 'cairn ingest'; did you mean '--dry-run'?")]
    [InlineData(new[] { "people", "--stale", "abc" }, "error: --stale: 'abc' is not a whole number of days")]
    public void A_mistyped_command_line_is_one_usage_line_naming_what_was_meant(string[] args, string expected)
    {
        var result = CliRunner.Run([.. args, "--vault", vault.Root]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Stderr.Trim());
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Under_json_an_error_is_an_object_on_stdout_with_the_exit_code()
    {
        var unknown = CliRunner.Run("show", "Nobody", "--vault", vault.Root, "--json");
        var usage = CliRunner.Run("people", "--stale", "abc", "--json", "--vault", vault.Root);

        Assert.Equal(1, unknown.ExitCode);
        Assert.StartsWith("no person, company or project named 'Nobody'", JsonDocument.Parse(unknown.Stdout).RootElement.GetProperty("error").GetString());
        Assert.Equal(2, usage.ExitCode);
        Assert.Equal("--stale: 'abc' is not a whole number of days", JsonDocument.Parse(usage.Stdout).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public void Version_has_a_json_form()
    {
        var version = JsonDocument.Parse(CliRunner.Run("version", "--json").Stdout).RootElement.GetProperty("version").GetString();

        Assert.Matches(@"^\d+\.\d+\.\d+", version);
    }

    [Fact]
    public void Show_brief_and_tasks_resolve_a_first_name_and_an_alias_the_same_way()
    {
        vault.Write("Meetings/Acme/2025-11-18 - Acme sizing.md", TestVault.Meeting("Acme sizing", "2025-11-18", "Acme", ["Priya Raman", "Jason Vallery"],
            "Sizing.", ["- [ ] Send the sizing sheet @Priya 📅 2025-11-25 #task"], [], []));

        var shown = CliRunner.Run("show", "tom", "--vault", vault.Root, "--json");
        var brief = CliRunner.Run("brief", "tom", "--vault", vault.Root, "--json");
        var tasks = JsonDocument.Parse(CliRunner.Run("tasks", "--owner", "priya", "--vault", vault.Root, "--json").Stdout).RootElement;

        Assert.Equal("Tom Becker", JsonDocument.Parse(shown.Stdout).RootElement.GetProperty("name").GetString());
        Assert.Equal("Tom Becker", JsonDocument.Parse(brief.Stdout).RootElement.GetProperty("name").GetString());
        Assert.Equal(["Share the cluster sizes", "Send the sizing sheet", "Book the architecture review"], tasks.EnumerateArray().Select(t => t.GetProperty("text").GetString()));
    }

    [Fact]
    public void An_unknown_owner_is_an_error_with_close_names()
    {
        var result = CliRunner.Run("tasks", "--owner", "Pryia Raman", "--vault", vault.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: no one named 'Pryia Raman' owns a task; did you mean 'Priya Raman'?", result.Stderr.Trim());
    }

    [Fact]
    public void Tasks_come_yours_first_then_by_owner_each_by_due_date_with_overdue_marked()
    {
        var json = JsonDocument.Parse(CliRunner.Run("tasks", "--vault", vault.Root, "--json").Stdout).RootElement.EnumerateArray().ToList();
        var human = CliRunner.Run("tasks", "--vault", vault.Root).Stdout;

        Assert.Equal(
            ["Send the pilot plan to Priya", "Review weekly metrics", "Send Globex the pricing sheet", "Share the cluster sizes", "Book the architecture review"],
            json.Select(t => t.GetProperty("text").GetString()));
        Assert.Equal([true, false, false, true, false], json.Select(t => t.GetProperty("overdue").GetBoolean()));
        Assert.Equal("Acme", json[0].GetProperty("account").GetString());
        Assert.True(human.IndexOf("Jason Vallery", StringComparison.Ordinal) < human.IndexOf("Priya Raman (2)", StringComparison.Ordinal));
        Assert.Contains("2025-11-10 overdue", human);
    }

    [Fact]
    public void Tasks_brief_and_show_print_one_task_shape()
    {
        var fromTasks = Keys(JsonDocument.Parse(CliRunner.Run("tasks", "--vault", vault.Root, "--json").Stdout).RootElement[0]);
        var brief = JsonDocument.Parse(CliRunner.Run("brief", "Priya", "--vault", vault.Root, "--json").Stdout).RootElement;
        var show = JsonDocument.Parse(CliRunner.Run("show", "Priya", "--vault", vault.Root, "--json").Stdout).RootElement;

        Assert.Equal(fromTasks, Keys(brief.GetProperty("they_owe")[0]));
        Assert.Equal(fromTasks, Keys(brief.GetProperty("we_owe")[0]));
        Assert.Equal(fromTasks, Keys(show.GetProperty("open_tasks")[0]));
        Assert.Contains("overdue", fromTasks);
    }

    [Fact]
    public void Show_lists_topics_one_by_one_once_each()
    {
        vault.Write(TestVault.Priya, TestVault.Entity("people", "Priya Raman", "2025-11-17", ["Priya"], string.Empty, "- Priya runs ML infrastructure at Acme.")
            .Replace("Storage pilot, pricing", "Storage pilot, GPU direct storage\n\nstorage pilot, pricing", StringComparison.Ordinal));

        var show = JsonDocument.Parse(CliRunner.Run("show", "Priya", "--vault", vault.Root, "--json").Stdout).RootElement;

        Assert.Equal(["Storage pilot", "GPU direct storage", "pricing"], show.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Search_scores_are_relevance_higher_first_never_minus_zero()
    {
        var hits = JsonDocument.Parse(CliRunner.Run("search", "pilot", "--vault", vault.Root, "--json").Stdout).RootElement.EnumerateArray()
            .Select(h => h.GetProperty("score").GetDouble()).ToList();

        Assert.NotEmpty(hits);
        Assert.All(hits, s => Assert.True(s > 0));
        Assert.Equal(hits.OrderByDescending(s => s), hits);
    }

    [Fact]
    public void People_leaves_you_out_and_with_stale_puts_the_longest_silence_first()
    {
        vault.Write("People/Jason Vallery.md", TestVault.Entity("people", "Jason Vallery", "2025-11-17", [], string.Empty, string.Empty));
        vault.Write("People/Ann Lee.md", TestVault.Entity("people", "Ann Lee", "2025-10-01", [], string.Empty, string.Empty));

        var all = Names(CliRunner.Run("people", "--vault", vault.Root, "--json"));
        var stale = Names(CliRunner.Run("people", "--stale", "1", "--vault", vault.Root, "--json"));

        Assert.Equal(["Ann Lee", "Priya Raman", "Tom Becker"], all);
        Assert.Equal(["Tom Becker", "Ann Lee", "Priya Raman"], stale);
    }

    [Fact]
    public void A_dry_run_says_what_would_happen_and_a_folder_in_the_inbox_is_reported()
    {
        vault.Write("Inbox/2025-11-19 - Acme call.txt", "Jason Vallery: We agreed to extend the pilot.\nPriya Raman: I will send the sizes.\n");
        vault.Write("Inbox/old exports/notes.txt", "Jason Vallery: hello.\n");

        var result = CliRunner.Run("ingest", "--dry-run", "--vault", vault.Root);

        Assert.Contains("Inbox/2025-11-19 - Acme call.txt -> would create: ", result.Stdout);
        Assert.Contains("would create", result.Stdout);
        Assert.DoesNotContain("-> created", result.Stdout);
        Assert.Contains("warning: Inbox/old exports/ is a folder: not read", result.Stderr);
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _cairn_complete cairn")]
    [InlineData("zsh", "compdef _cairn cairn")]
    [InlineData("fish", "complete -c cairn")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName cairn")]
    public void Completion_prints_a_script_that_asks_cairn_for_suggestions(string shell, string registration)
    {
        var result = CliRunner.Run("completion", shell);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(registration, result.Stdout);
        Assert.Contains("[suggest:", result.Stdout);
    }

    [Fact]
    public void The_suggest_directive_the_scripts_call_completes_commands_and_options()
    {
        // As the scripts call it: the built cairn, the line as typed (led by "cairn") and the cursor's offset.
        Assert.Equal(["search"], Lines(CliProcess.Run("[suggest:10]", "cairn sear").Stdout));
        Assert.Equal(["--open", "--overdue", "--owner"], Lines(CliProcess.Run("[suggest:15]", "cairn tasks --o").Stdout));
    }

    [Fact]
    public void No_color_keeps_every_escape_code_off_even_on_a_terminal_and_columns_sets_the_width()
    {
        var output = new StringWriter();
        var console = TerminalConsole.Create(output, isTerminal: true, new Dictionary<string, string?> { ["NO_COLOR"] = "1", ["COLUMNS"] = "30" });
        console.MarkupLine("[bold underline red]loud[/]");
        console.Write(new Table().AddColumn("task").AddRow("a task text long enough to wrap at thirty columns"));

        Assert.DoesNotContain('\u001b', output.ToString());
        Assert.All(output.ToString().Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 30, line));
    }

    [Fact]
    public void Off_a_terminal_nothing_wraps()
    {
        var output = new StringWriter();
        var console = TerminalConsole.Create(output, isTerminal: false, new Dictionary<string, string?>());
        var where = "Meetings/Fabrikam/2025-11-03 - Fabrikam storage renewal kickoff.md:28";
        console.Write(new Table().AddColumns("task", "where").AddRow(new string('x', 150), where));

        Assert.Contains(where, output.ToString());
    }

    [Fact]
    public void Every_command_run_with_output_redirected_prints_no_escape_code_no_padded_line_and_no_folded_line()
    {
        using var dir = new TempDirectory();
        var demo = dir.Combine("vault");
        Assert.Equal(0, CliRunner.Run("demo", demo).ExitCode);
        Assert.Equal(0, CliRunner.Run("index", "--vault", demo).ExitCode);
        var source = Directory.GetFiles(Path.Combine(demo, "Inbox", "_archive"), "*.vtt", SearchOption.AllDirectories).First();
        string[][] commands =
        [
            [], ["--help"], ["version"], ["tasks"], ["tasks", "--all"], ["people"], ["people", "--stale", "1"], ["show", "Hannah"], ["brief", "Fabrikam"],
            ["search", "pilot"], ["history"], ["pipeline"], ["check"], ["index"], ["inspect", source], ["extract", source],
            ["ingest", "--dry-run"], ["ingest", "--dry-run", source], ["serach"], ["completion", "bash"], ["demo", dir.Combine("second")],
        ];

        var runs = commands.AsParallel().Select(args => (Args: args, Result: CliProcess.Run(args.Length == 0 || args[0] == "demo" ? args : [.. args, "--vault", demo]))).ToList();

        foreach (var (args, result) in runs)
        {
            var all = result.Stdout + result.Stderr;
            Assert.False(all.Contains('\u001b'), $"cairn {string.Join(' ', args)} printed an escape code:\n{all}");
            Assert.DoesNotContain(all.Split('\n'), line => line.TrimEnd('\r').EndsWith(' '));
        }

        Assert.Matches(@"Meetings/Fabrikam/2025-11-03 - Fabrikam storage renewal kickoff\.md:\d+", runs.Single(r => r.Args is ["tasks"]).Result.Stdout);
    }

    private static List<string> Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static List<string?> Names(CliResult result) => [.. JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().Select(r => r.GetProperty("name").GetString())];

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
