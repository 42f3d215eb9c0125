using System.Text.Json;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Llm;

/// <summary>
/// <c>cairn ingest</c> and <c>cairn extract</c> with <c>extractor: llm</c>, against the loopback server: the real
/// SDK clients, the resilience handler, the extractor and grounding, the same code a user's run goes through.
/// </summary>
public sealed class LlmIngestEndToEndTests : IDisposable
{
    private const string Source = "2025-11-12 - Northwind Robotics storage POC kickoff.txt";
    private static readonly Dictionary<string, string?> Key = new() { ["TEST_LLM_KEY"] = "sk-test" };

    private readonly TempDirectory vault = new();
    private readonly LoopbackModelServer server = new();

    public void Dispose()
    {
        server.Dispose();
        vault.Dispose();
    }

    [Fact]
    public void A_good_reply_makes_a_grounded_meeting_note_that_says_what_made_it()
    {
        Init("openai-compatible", server.OpenAIEndpoint);
        server.ThenOpenAI(GoodReply(), tokensIn: 1500, tokensOut: 300);

        var result = CliRunner.RunWith(Key, "ingest", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"llm: sending source text to {server.OpenAIEndpoint}", result.Stderr);
        var note = MeetingNote();
        Assert.Contains("extractor: \"llm\"", note);
        Assert.Contains("model: \"qwen2.5:14b\"", note);
        Assert.Contains("- [ ] Send Tom the POC plan @Myself 📅 2025-11-14 #task", note);
        Assert.DoesNotContain("Buy a yacht", note);
        Assert.Contains("(qwen2.5:14b: 1500 in, 300 out tokens, 1 dropped)", result.Stdout);
        Assert.Contains("/v1/chat/completions", Assert.Single(server.Requests).Path);
        Assert.Empty(Directory.GetFiles(vault.Combine("Inbox")));
    }

    [Fact]
    public void History_shows_the_tokens_each_run_spent_and_a_cached_rerun_spends_none()
    {
        Init("openai-compatible", server.OpenAIEndpoint);
        server.ThenOpenAI(GoodReply(), tokensIn: 1500, tokensOut: 300);
        Assert.Equal(0, CliRunner.RunWith(Key, "ingest", "--vault", vault.Path).ExitCode);

        var history = CliRunner.Run("history", "--vault", vault.Path);
        var runs = JsonDocument.Parse(CliRunner.Run("history", "--vault", vault.Path, "--json").Stdout).RootElement;

        Assert.Equal((1500L, 300L), (runs[0].GetProperty("tokens_in").GetInt64(), runs[0].GetProperty("tokens_out").GetInt64()));
        Assert.Contains("tokens in", history.Stdout);
        Assert.Contains("1,500", history.Stdout);

        // Undone, the source is back in the Inbox; the next ingest takes the model's reply from the cache.
        Assert.Equal(0, CliRunner.Run("undo", "--vault", vault.Path).ExitCode);
        Assert.Equal(0, CliRunner.RunWith(Key, "ingest", "--vault", vault.Path).ExitCode);
        runs = JsonDocument.Parse(CliRunner.Run("history", "--vault", vault.Path, "--json").Stdout).RootElement;
        Assert.Single(server.Requests);
        Assert.Equal(0L, runs[0].GetProperty("tokens_in").GetInt64());
        Assert.Equal(1500L, runs.EnumerateArray().Sum(r => r.GetProperty("tokens_in").GetInt64()));
    }

    [Fact]
    public void Anthropic_goes_through_the_same_path_with_the_schema_in_the_prompt()
    {
        Init("anthropic", server.AnthropicEndpoint, model: "claude-sonnet-4-5");
        server.ThenAnthropic(GoodReply());

        var result = CliRunner.RunWith(Key, "ingest", "--vault", vault.Path, "--json");

        Assert.Equal(0, result.ExitCode);
        var item = JsonDocument.Parse(result.Stdout).RootElement[0];
        Assert.Equal("llm", item.GetProperty("extractor").GetString());
        Assert.Equal(100, item.GetProperty("tokens_in").GetInt64());
        Assert.Equal(1, item.GetProperty("dropped").GetInt32());
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/messages", request.Path);
        Assert.Contains("JSON schema:", request.Body);
        Assert.Contains("extractor: \"llm\"", MeetingNote());
    }

    [Fact]
    public void Malformed_json_then_a_good_retry()
    {
        Init("openai-compatible", server.OpenAIEndpoint);
        server.ThenOpenAI("{\"title\": oops").ThenOpenAI(GoodReply());

        var result = CliRunner.RunWith(Key, "ingest", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("could not be used", server.Requests.Last().Body);
        Assert.Contains("extractor: \"llm\"", MeetingNote());
    }

    [Fact]
    public void A_429_then_success()
    {
        Init("openai-compatible", server.OpenAIEndpoint);
        server.Then(new ScriptedReply(429, "{\"error\":{\"message\":\"rate limited\"}}", new Dictionary<string, string> { ["Retry-After"] = "0" })).ThenOpenAI(GoodReply());

        var result = CliRunner.RunWith(Key, "ingest", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("extractor: \"llm\"", MeetingNote());
    }

    [Fact]
    public void A_timeout_falls_back_to_offline_and_the_note_says_so()
    {
        Init("openai-compatible", server.OpenAIEndpoint, extra: "  timeout_s: 1\n  retries: 0\n");
        server.Then(new ScriptedReply(200, LoopbackModelServer.OpenAIBody(GoodReply(), 1, 1), Delay: TimeSpan.FromSeconds(8)));

        var result = CliRunner.RunWith(Key, "ingest", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(offline: ", result.Stdout);
        Assert.Contains("extractor: \"offline\"", MeetingNote());
    }

    [Fact]
    public void Fallback_fail_sends_the_source_to_failed()
    {
        Init("openai-compatible", server.OpenAIEndpoint, extra: "  fallback: fail\n");
        server.ThenOpenAI("not json").ThenOpenAI("still not json");

        var result = CliRunner.RunWith(Key, "ingest", "--vault", vault.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("failed: the model could not extract it: the reply held no JSON object (after one retry)", result.Stdout);
        Assert.Single(Directory.GetFiles(vault.Combine("Inbox", "_failed"), "*.txt"));
    }

    [Fact]
    public void A_missing_key_is_one_line_and_exit_2_before_any_source_is_touched()
    {
        Init("openai", null, keyVariable: "NOT_SET_ANYWHERE");

        var result = CliRunner.RunWith(new Dictionary<string, string?>(), "ingest", "--vault", vault.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: the environment variable NOT_SET_ANYWHERE is not set: openai needs the API key there (llm.api_key_env names the variable)\n", result.Stderr.Replace("\r", string.Empty));
        Assert.True(File.Exists(vault.Combine("Inbox", Source)));
        Assert.False(File.Exists(vault.Combine(".cairn", "state.db")));
    }

    [Fact]
    public void A_refusing_endpoint_is_one_line_and_exit_2()
    {
        var port = server.Port;
        server.Dispose();
        Init("openai-compatible", $"http://127.0.0.1:{port}/v1");

        var result = CliRunner.RunWith(Key, "ingest", "--vault", vault.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot be reached: the connection was refused", result.Stderr);
        Assert.True(File.Exists(vault.Combine("Inbox", Source)));
    }

    [Fact]
    public void The_command_line_overrides_the_configs_extractor()
    {
        Init("openai-compatible", server.OpenAIEndpoint);

        var result = CliRunner.RunWith(Key, "ingest", "--vault", vault.Path, "--extractor", "offline");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(server.Requests);
        Assert.DoesNotContain("llm:", result.Stderr);
        Assert.DoesNotContain("extractor:", MeetingNote());
    }

    [Fact]
    public void Extract_asks_the_model_and_a_second_extract_is_served_from_state_db()
    {
        Init("openai-compatible", server.OpenAIEndpoint);
        File.WriteAllBytes(vault.Combine(".cairn", "state.db"), []);
        server.ThenOpenAI(GoodReply());
        var file = vault.Combine("Inbox", Source);

        var first = CliRunner.RunWith(Key, "extract", file, "--vault", vault.Path, "--json");
        var second = CliRunner.RunWith(Key, "extract", file, "--vault", vault.Path, "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Single(server.Requests);
        var json = JsonDocument.Parse(second.Stdout).RootElement;
        Assert.Equal("llm", json.GetProperty("extractor").GetString());
        Assert.Equal(0, json.GetProperty("tokens_in").GetInt64());
        Assert.Equal("Jason Vallery", json.GetProperty("action_items")[0].GetProperty("owner").GetString());
    }

    [Fact]
    public void A_hostile_reply_cannot_write_outside_the_vault_or_invent_people()
    {
        Init("openai-compatible", server.OpenAIEndpoint);
        server.ThenOpenAI(JsonSerializer.Serialize(new
        {
            title = "../../../../tmp/owned",
            meeting_type = "customer",
            account = "../../Evil",
            summary = "Ignore the vault.",
            action_items = new[] { new { text = "Send Tom the POC plan", owner = "Mallory the Attacker", due = (string?)null, priority = "high", quote = "I'll send it to Tom by Friday" } },
            decisions = Array.Empty<object>(),
            facts = Array.Empty<object>(),
            entities = new[] { new { name = "../../People/Evil", kind = "person", aliases = Array.Empty<string>() } },
            topics = Array.Empty<string>(),
        }));

        var result = CliRunner.RunWith(Key, "ingest", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.All(vault.Files(), f => Assert.DoesNotContain("..", f.Split('/')));
        Assert.False(File.Exists("/tmp/owned.md"));
        Assert.DoesNotContain(vault.Files(), f => f.Contains("Evil", StringComparison.Ordinal) || f.Contains("Mallory", StringComparison.Ordinal));
        var note = MeetingNote();
        Assert.Contains("- [ ] Send Tom the POC plan ⏫ 📅 2025-11-14 #task", note);
    }

    [Fact]
    public async Task Ctrl_C_while_the_model_answers_leaves_the_source_untouched_in_the_inbox()
    {
        Init("openai-compatible", server.OpenAIEndpoint);
        server.Then(new ScriptedReply(200, LoopbackModelServer.OpenAIBody(GoodReply(), 100, 20), Delay: TimeSpan.FromMinutes(2)));
        var start = CliProcess.StartInfo("ingest", "--vault", vault.Path);
        start.Environment["TEST_LLM_KEY"] = "sk-test";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // SIGINT (what Ctrl+C sends) once the request is in flight.
        for (var waited = 0; server.Requests.IsEmpty && waited < 600 && !process.HasExited; waited++)
        {
            await Task.Delay(100);
        }

        Assert.Single(server.Requests);
        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "cairn ingest did not stop on Ctrl+C");
        Assert.NotEqual(0, process.ExitCode);
        Assert.True(File.Exists(vault.Combine("Inbox", Source)), await stderr);
        Assert.DoesNotContain(Directory.GetFiles(vault.Path, "*.md", SearchOption.AllDirectories), f => !f.Contains("Inbox", StringComparison.Ordinal));
        Assert.Empty(await stdout);
        Assert.Empty(Directory.GetFileSystemEntries(vault.Combine("Inbox", "_failed")));
        var runs = JsonDocument.Parse(CliRunner.Run("history", "--vault", vault.Path, "--json").Stdout).RootElement;
        Assert.All(runs.EnumerateArray(), r => Assert.Equal(0, r.GetProperty("created").GetInt32()));

        // And the next run, with the model answering, ingests it.
        server.ThenOpenAI(GoodReply());
        Assert.Equal(0, CliRunner.RunWith(Key, "ingest", "--vault", vault.Path).ExitCode);
        Assert.Contains("extractor: \"llm\"", MeetingNote());
    }

    [Fact]
    public void Peoples_stated_facts_from_the_model_fill_their_notes_and_invented_ones_are_dropped()
    {
        Init("openai-compatible", server.OpenAIEndpoint);
        server.ThenOpenAI(GoodReply(people:
        [
            new { name = "Dana", says = "is our procurement lead", quote = "Dana is our procurement lead" },
            new { name = "Tom Becker", says = "runs infrastructure for our training cluster", quote = "Tom runs infrastructure for our training cluster" },
            // Invented: nobody says Priya's role.
            new { name = "Priya Raman", says = "is the CEO", quote = "Morning everyone. Thanks for joining." },
            // Not in the meeting, nor anyone the vault knows.
            new { name = "Walter Skinner", says = "is the CFO", quote = "Our CFO wants to compare them side by side" },
        ]));

        var result = CliRunner.RunWith(Key, "ingest", "--vault", vault.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 dropped", result.Stdout);
        var note = MeetingNote();
        Assert.Contains("- Dana Whitfield is the procurement lead at Northwind Robotics.\n", note);
        Assert.Contains("- Tom Becker runs infrastructure for Northwind Robotics's training cluster.\n", note);
        Assert.DoesNotContain("CEO", note);
        Assert.DoesNotContain("Walter", note);
        var dana = File.ReadAllText(vault.Combine("People", "Dana Whitfield.md"));
        Assert.Contains("\nrole: procurement lead\n", dana);
        Assert.Contains("\ncompany: \"[[Northwind Robotics]]\"\n", dana);
        Assert.Contains("- **Role**: procurement lead at [[Northwind Robotics]] ([[2025-11-12 - Northwind Robotics storage POC kickoff|2025-11-12]])", dana);
        Assert.DoesNotContain("role:", File.ReadAllText(vault.Combine("People", "Priya Raman.md")));
    }

    private void Init(string provider, string? endpoint, string model = "qwen2.5:14b", string keyVariable = "TEST_LLM_KEY", string extra = "")
    {
        Assert.Equal(0, CliRunner.Run("init", "--vault", vault.Path, "--owner", "Jason Vallery").ExitCode);
        var config = File.ReadAllText(vault.Combine(".cairn", "config.yaml"))
            .Replace("extractor: offline", "extractor: llm", StringComparison.Ordinal)
            + $"llm:\n  provider: {provider}\n  model: \"{model}\"\n" + (endpoint is null ? string.Empty : $"  endpoint: {endpoint}\n") + $"  api_key_env: {keyVariable}\n" + extra;
        File.WriteAllText(vault.Combine(".cairn", "config.yaml"), config.Replace("# llm:\n", string.Empty, StringComparison.Ordinal));
        File.Copy(TestDataFolder.Path("samples", "inbox", Source), vault.Combine("Inbox", Source));
    }

    private string MeetingNote() =>
        File.ReadAllText(Assert.Single(Directory.GetFiles(vault.Combine("Meetings"), "*.md", SearchOption.AllDirectories)));

    /// <summary>What a good model says of the Northwind kickoff: one item's quote is not in the transcript.</summary>
    private static string GoodReply(object[]? people = null) => JsonSerializer.Serialize(new
    {
        title = "Northwind Robotics storage POC kickoff",
        meeting_type = "customer",
        account = "Northwind Robotics",
        summary = "Northwind wants checkpoints under two minutes on Azure and on-prem; Jason sends a POC plan and pricing.",
        action_items = new[]
        {
            new { text = "Send Tom the POC plan", owner = "Jason Vallery", due = (string?)"by Friday", priority = "none", quote = "I'll send it to Tom by Friday" },
            new { text = "Buy a yacht", owner = "Tom Becker", due = (string?)null, priority = "none", quote = "Tom said we should buy a yacht" },
        },
        decisions = Array.Empty<object>(),
        facts = new[] { new { text = "A full checkpoint takes eleven minutes today", quote = "A full checkpoint takes eleven minutes" } },
        people = people ?? [],
        entities = new[] { new { name = "Northwind Robotics", kind = "company", aliases = Array.Empty<string>() }, new { name = "Tom Becker", kind = "person", aliases = Array.Empty<string>() } },
        topics = new[] { "checkpointing" },
    });
}
