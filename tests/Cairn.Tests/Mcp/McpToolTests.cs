using System.Text.Json;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Mcp;

/// <summary>Every tool through the SDK's own client, in-process: good arguments, bad ones, and the vault afterwards.</summary>
public sealed class McpToolTests : IAsyncLifetime
{
    private readonly TestVault vault = TestVault.Standard();
    private McpHarness mcp = null!;

    public async Task InitializeAsync() => mcp = await McpHarness.StartAsync(vault.Root);

    public async Task DisposeAsync()
    {
        await mcp.DisposeAsync();
        vault.Dispose();
    }

    [Fact]
    public async Task Lists_the_tools_each_with_a_description_and_schemas()
    {
        var tools = await mcp.Client.ListToolsAsync();

        Assert.Equal(
            ["ask", "brief", "complete_task", "get_entity", "get_note", "ingest_text", "list_tasks", "recent_meetings", "search_notes"],
            tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Description));
            Assert.DoesNotContain('\n', t.Description);
            Assert.Equal("object", t.ProtocolTool.InputSchema.GetProperty("type").GetString());
            Assert.Equal("object", t.ProtocolTool.OutputSchema!.Value.GetProperty("type").GetString());
        });
    }

    [Fact]
    public async Task Search_finds_notes_with_filters()
    {
        var found = await mcp.ResultAsync("search_notes", new() { ["query"] = "pilot", ["account"] = "Acme" });

        var paths = found.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("path").GetString()).ToList();
        Assert.Contains(TestVault.AcmeKickoff, paths);
        Assert.DoesNotContain(TestVault.GlobexCall, paths);
        Assert.Contains("**", found.GetProperty("results")[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);

        var since = await mcp.ResultAsync("search_notes", new() { ["query"] = "pilot", ["since"] = "2025-11-10", ["limit"] = 5 });
        Assert.Equal([TestVault.AcmeCheckIn], since.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("path").GetString()));
    }

    [Theory]
    [InlineData("", null, 20, "query is empty")]
    [InlineData("   ", null, 20, "query is empty")]
    [InlineData("pilot", "last week", 20, "since: 'last week' is not a date (YYYY-MM-DD)")]
    [InlineData("pilot", null, 0, "limit must be a positive number")]
    public async Task Search_with_bad_arguments_is_a_tool_error(string query, string? since, int limit, string message)
    {
        var error = await mcp.ErrorAsync("search_notes", new() { ["query"] = query, ["since"] = since, ["limit"] = limit });

        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_note_returns_the_markdown()
    {
        var note = await mcp.ResultAsync("get_note", new() { ["path"] = TestVault.Priya });

        Assert.Equal(TestVault.Priya, note.GetProperty("path").GetString());
        Assert.Equal(vault.Read(TestVault.Priya), note.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("People/Nobody.md", "People/Nobody.md: no such note")]
    [InlineData("../outside.md", "'..' segment")]
    [InlineData("People/../../outside.md", "'..' segment")]
    [InlineData("/etc/passwd", "only vault-relative paths are allowed")]
    [InlineData(".cairn/config.yaml", "no such note")]
    [InlineData("", "it is empty")]
    public async Task Get_note_refuses_unknown_paths_and_escapes(string path, string message)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(vault.Root)!, "outside.md"), "secret");

        var error = await mcp.ErrorAsync("get_note", new() { ["path"] = path });

        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_tasks_filters_by_owner_status_and_due_date()
    {
        var priya = await mcp.ResultAsync("list_tasks", new() { ["owner"] = "Priya Raman" });
        var texts = Texts(priya);
        Assert.Contains("Share the cluster sizes", texts);
        Assert.Contains("Book the architecture review", texts);
        Assert.DoesNotContain("Send the pilot plan to Priya", texts);

        Assert.Equal(["Send the NDA"], Texts(await mcp.ResultAsync("list_tasks", new() { ["status"] = "done" })));
        Assert.DoesNotContain("Review weekly metrics", Texts(await mcp.ResultAsync("list_tasks", new() { ["due_before"] = "2025-11-20" })));
        Assert.Equal(["Send Globex the pricing sheet"], Texts(await mcp.ResultAsync("list_tasks", new() { ["account"] = "Globex" })));
    }

    [Theory]
    [InlineData("status", "closed", "status: 'closed' is not one of open, done, all")]
    [InlineData("due_before", "tomorrow", "due_before: 'tomorrow' is not a date (YYYY-MM-DD)")]
    public async Task List_tasks_with_bad_arguments_is_a_tool_error(string name, string value, string message)
    {
        Assert.Contains(message, await mcp.ErrorAsync("list_tasks", new() { [name] = value }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_task_ticks_the_task_and_its_mirror_and_the_next_call_sees_it()
    {
        var line = LineOf(TestVault.AcmeKickoff, "Share the cluster sizes");

        var done = await mcp.ResultAsync("complete_task", new() { ["file"] = TestVault.AcmeKickoff, ["line"] = line });

        Assert.Contains("✅ 2025-11-20", done.GetProperty("completed").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("People/Priya Raman.md:", done.GetProperty("mirrors")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("- [x] Share the cluster sizes", vault.Read(TestVault.AcmeKickoff).Split('\n')[line - 1], StringComparison.Ordinal);
        Assert.Contains("- [x] Share the cluster sizes @Priya Raman [[2025-11-03 - Acme kickoff]] 📅 2025-11-12 ✅ 2025-11-20", vault.Read(TestVault.Priya), StringComparison.Ordinal);
        Assert.DoesNotContain("Share the cluster sizes", Texts(await mcp.ResultAsync("list_tasks", new() { ["owner"] = "Priya Raman" })));
    }

    [Fact]
    public async Task Complete_task_refuses_what_is_not_an_open_task_and_changes_nothing()
    {
        var before = vault.Read(TestVault.AcmeCheckIn);
        var heading = LineOf(TestVault.AcmeCheckIn, "## Summary");
        var closed = LineOf(TestVault.AcmeCheckIn, "Send the NDA");

        Assert.Contains($"{TestVault.AcmeCheckIn}:{heading} is not a task", await mcp.ErrorAsync("complete_task", new() { ["file"] = TestVault.AcmeCheckIn, ["line"] = heading }), StringComparison.Ordinal);
        Assert.Contains("is already done", await mcp.ErrorAsync("complete_task", new() { ["file"] = TestVault.AcmeCheckIn, ["line"] = closed }), StringComparison.Ordinal);
        Assert.Contains("the note has", await mcp.ErrorAsync("complete_task", new() { ["file"] = TestVault.AcmeCheckIn, ["line"] = 9999 }), StringComparison.Ordinal);
        Assert.Contains("no such note", await mcp.ErrorAsync("complete_task", new() { ["file"] = "Meetings/Nope.md", ["line"] = 1 }), StringComparison.Ordinal);
        Assert.Contains("'..' segment", await mcp.ErrorAsync("complete_task", new() { ["file"] = "../x.md", ["line"] = 1 }), StringComparison.Ordinal);
        Assert.Equal(before, vault.Read(TestVault.AcmeCheckIn));
    }

    [Fact]
    public async Task Get_entity_by_alias_has_the_note_meetings_and_tasks_both_ways()
    {
        var priya = await mcp.ResultAsync("get_entity", new() { ["name"] = "priya" });

        Assert.Equal("Priya Raman", priya.GetProperty("name").GetString());
        Assert.Equal(vault.Read(TestVault.Priya), priya.GetProperty("note").GetString());
        Assert.Equal("2025-11-17", priya.GetProperty("last_contact").GetString());
        Assert.Contains(TestVault.AcmeCheckIn, priya.GetProperty("recent_meetings").EnumerateArray().Select(m => m.GetProperty("path").GetString()));
        Assert.Contains("Share the cluster sizes", priya.GetProperty("they_owe").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
        Assert.Contains("Send the pilot plan to Priya", priya.GetProperty("we_owe").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task An_unknown_entity_is_an_error_that_suggests_close_names()
    {
        Assert.Contains("no person, company or project named 'Priya Ramen'; did you mean 'Priya Raman'?", await mcp.ErrorAsync("get_entity", new() { ["name"] = "Priya Ramen" }), StringComparison.Ordinal);
        Assert.Contains("no person, company or project named 'Nobody'", await mcp.ErrorAsync("brief", new() { ["name"] = "Nobody" }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_has_the_shape_of_cairn_brief_json()
    {
        var brief = await mcp.ResultAsync("brief", new() { ["name"] = "Acme Corp" });
        var cli = JsonDocument.Parse(CliRunner.Run("brief", "Acme Corp", "--json", "--vault", vault.Root).Stdout).RootElement;

        Assert.True(JsonElement.DeepEquals(cli, brief), brief.ToString());
    }

    [Fact]
    public async Task Ask_has_the_shape_of_cairn_ask_json_offline()
    {
        var asked = await mcp.ResultAsync("ask", new() { ["question"] = "What do I owe Priya?" });
        var cli = JsonDocument.Parse(CliRunner.Run("ask", "What do I owe Priya?", "--json", "--vault", vault.Root).Stdout).RootElement;

        Assert.True(JsonElement.DeepEquals(cli, asked), asked.ToString());
        var owed = asked.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("text").GetString()).ToList();
        Assert.Contains("Send the pilot plan to Priya", owed);
        Assert.DoesNotContain("Share the cluster sizes", owed);
        Assert.Equal(JsonValueKind.Null, asked.GetProperty("model").ValueKind);
    }

    [Fact]
    public async Task Ask_narrows_by_account_and_person_and_numbers_its_passages()
    {
        var asked = await mcp.ResultAsync("ask", new() { ["question"] = "pilot", ["account"] = "Acme", ["person"] = "priya", ["limit"] = 3 });

        var passages = asked.GetProperty("passages").EnumerateArray().ToList();
        Assert.InRange(passages.Count, 1, 3);
        Assert.Equal(Enumerable.Range(1, passages.Count), passages.Select(p => p.GetProperty("n").GetInt32()));
        Assert.All(passages, p => Assert.StartsWith("Meetings/Acme/", p.GetProperty("note").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("  ", null, 8, "question is empty")]
    [InlineData("pilot", "yesterday", 8, "since: 'yesterday' is not a date (YYYY-MM-DD)")]
    [InlineData("pilot", null, 0, "limit must be a positive number")]
    public async Task Ask_with_bad_arguments_is_a_tool_error(string question, string? since, int limit, string message)
    {
        var error = await mcp.ErrorAsync("ask", new() { ["question"] = question, ["since"] = since, ["limit"] = limit });

        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("no person, company or project named 'Zed'", await mcp.ErrorAsync("ask", new() { ["question"] = "pilot", ["person"] = "Zed" }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recent_meetings_by_days_account_and_person()
    {
        Assert.Equal([TestVault.AcmeCheckIn, TestVault.AcmeKickoff], Meetings(await mcp.ResultAsync("recent_meetings", new())));
        Assert.Equal([TestVault.AcmeCheckIn], Meetings(await mcp.ResultAsync("recent_meetings", new() { ["days"] = 7 })));
        Assert.Equal([TestVault.GlobexCall], Meetings(await mcp.ResultAsync("recent_meetings", new() { ["days"] = 365, ["account"] = "globex" })));
        Assert.Equal([TestVault.GlobexCall], Meetings(await mcp.ResultAsync("recent_meetings", new() { ["days"] = 365, ["person"] = "Tom Becker" })));
        Assert.Contains("days must be a positive number", await mcp.ErrorAsync("recent_meetings", new() { ["days"] = -1 }), StringComparison.Ordinal);
        Assert.Contains("no person, company or project named 'Zed'", await mcp.ErrorAsync("recent_meetings", new() { ["person"] = "Zed" }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_text_files_a_source_that_is_ingested_and_undoable()
    {
        var text = "Priya Raman: We signed off the pilot budget today.\nJason Vallery: Great, I will send the contract by Friday.\n";

        var ingested = await mcp.ResultAsync("ingest_text", new() { ["title"] = "Acme budget call", ["text"] = text, ["date"] = "2025-11-19" });

        Assert.Equal("created", ingested.GetProperty("status").GetString());
        var meeting = ingested.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).Single(n => n.StartsWith("Meetings/", StringComparison.Ordinal));
        Assert.Contains("2025-11-19 - Acme budget call", meeting, StringComparison.Ordinal);
        var found = await mcp.ResultAsync("search_notes", new() { ["query"] = "budget" });
        Assert.Contains(meeting, found.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("path").GetString()));

        Assert.Contains("1", CliRunner.Run("history", "--vault", vault.Root).Stdout, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("undo", "--vault", vault.Root).ExitCode);
        Assert.False(File.Exists(vault.Dir.Combine(meeting.Split('/'))));
    }

    [Theory]
    [InlineData("", "some text", "title is empty")]
    [InlineData("A call", " \n ", "text is empty")]
    [InlineData("A call", "x", "date: 'soon' is not a date (YYYY-MM-DD)")]
    public async Task Ingest_text_with_bad_arguments_writes_nothing(string title, string text, string message)
    {
        var before = vault.Dir.Files();

        var error = await mcp.ErrorAsync("ingest_text", new() { ["title"] = title, ["text"] = text, ["date"] = message.StartsWith("date", StringComparison.Ordinal) ? "soon" : null });

        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(before, vault.Dir.Files());
    }

    [Fact]
    public async Task A_hostile_title_stays_a_name_inside_the_inbox()
    {
        var ingested = await mcp.ResultAsync("ingest_text", new() { ["title"] = "../../../etc/evil", ["text"] = "Tom Becker: hello there.\n", ["date"] = "2025-11-19" });

        Assert.Matches(@"^Inbox/2025-11-19 - \.\. \.\. \.\. etc evil\.txt$", ingested.GetProperty("source").GetString());
        Assert.All(vault.Dir.Files(), f => Assert.DoesNotContain("..", f.Split('/')));
        Assert.False(Directory.Exists(Path.GetFullPath(Path.Combine(vault.Root, "Inbox", "../../../etc"))) && File.Exists(Path.GetFullPath(Path.Combine(vault.Root, "Inbox", "../../../etc/evil.txt"))));
        Assert.Single(Directory.EnumerateFiles(vault.Root, "*evil.txt", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_edit_on_disk_is_seen_by_the_next_call()
    {
        await mcp.ResultAsync("search_notes", new() { ["query"] = "pilot" });
        vault.Write("People/Tom Becker.md", vault.Read("People/Tom Becker.md") + "\n- Tom collects vintage synthesizers.\n");

        // The watcher's event arrives asynchronously; the call after it sees the edit.
        var found = false;
        for (var i = 0; i < 100 && !found; i++)
        {
            var hits = await mcp.ResultAsync("search_notes", new() { ["query"] = "synthesizers" });
            found = hits.GetProperty("results").GetArrayLength() == 1;
            await Task.Delay(found ? 0 : 50);
        }

        Assert.True(found);
    }

    [Fact]
    public async Task Concurrent_calls_each_get_their_own_answer()
    {
        var calls = Enumerable.Range(0, 24).Select(i => (i % 3) switch
        {
            0 => mcp.ResultAsync("search_notes", new() { ["query"] = "Globex" }).ContinueWith(t => t.Result.GetProperty("results").EnumerateArray().Any(r => r.GetProperty("path").GetString() == TestVault.GlobexCall), TaskScheduler.Default),
            1 => mcp.ResultAsync("list_tasks", new() { ["owner"] = "Priya Raman" }).ContinueWith(t => Texts(t.Result).Count == 2, TaskScheduler.Default),
            _ => mcp.ResultAsync("get_entity", new() { ["name"] = "Tom Becker" }).ContinueWith(t => t.Result.GetProperty("path").GetString() == "People/Tom Becker.md", TaskScheduler.Default),
        }).ToList();

        Assert.All(await Task.WhenAll(calls), Assert.True);
    }

    private static List<string?> Texts(JsonElement tasks) => [.. tasks.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("text").GetString())];

    private static List<string?> Meetings(JsonElement list) => [.. list.GetProperty("meetings").EnumerateArray().Select(m => m.GetProperty("path").GetString())];

    private int LineOf(string note, string text) => Array.FindIndex(vault.Read(note).Split('\n'), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
