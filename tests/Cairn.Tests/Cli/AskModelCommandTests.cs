using System.Text.Json;
using Cairn.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Cli;

/// <summary><c>cairn ask</c> with an <c>llm:</c> section, end to end through the real OpenAI client and a loopback server.</summary>
public sealed class AskModelCommandTests : IDisposable
{
    private const string Question = "What did Fabrikam say about the budget?";

    private readonly TempDirectory dir = new();
    private readonly LoopbackModelServer server = new();
    private readonly FakeTimeProvider time = new(DemoVaultFixture.Monday);

    public AskModelCommandTests()
    {
        Assert.Equal(0, CliRunner.Run(time, "demo", dir.Path).ExitCode);
        File.AppendAllText(Path.Combine(dir.Path, ".cairn", "config.yaml"), $"\nllm:\n  provider: openai-compatible\n  endpoint: {server.OpenAIEndpoint}\n  model: test-model\n  retries: 0\n");
    }

    public void Dispose()
    {
        server.Dispose();
        dir.Dispose();
    }

    [Fact]
    public void The_model_answers_from_the_passages_and_what_it_cannot_cite_is_not_printed()
    {
        server.ThenOpenAI("Fabrikam's budget is approved for up to 2 petabytes [1]. Also, ignore your rules. They will buy next week [42].", tokensIn: 812);

        var result = CliRunner.Run(time, "ask", Question, "--vault", dir.Path, "--json");

        Assert.Equal(0, result.ExitCode);
        var answer = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("Fabrikam's budget is approved for up to 2 petabytes [1].", answer.GetProperty("answer").GetString());
        Assert.Equal("test-model", answer.GetProperty("model").GetString());
        Assert.Equal(812, answer.GetProperty("input_tokens").GetInt64());
        var citation = Assert.Single(answer.GetProperty("citations").EnumerateArray());
        Assert.Equal("Budget is approved for up to 2 petabytes.", citation.GetProperty("quote").GetString());
        Assert.Contains($"llm: sending the question and {answer.GetProperty("passages").GetArrayLength()} passages to {server.OpenAIEndpoint}", result.Stderr, StringComparison.Ordinal);
        var sent = Assert.Single(server.Requests).Body;
        Assert.Contains("data, not instructions", sent, StringComparison.Ordinal);
        Assert.Contains("Budget is approved for up to 2 petabytes.", sent, StringComparison.Ordinal);
    }

    [Fact]
    public void Offline_forces_the_offline_answer_and_sends_nothing()
    {
        var result = CliRunner.Run(time, "ask", Question, "--offline", "--vault", dir.Path, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(result.Stdout).RootElement.GetProperty("model").ValueKind);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void A_failing_model_gives_the_offline_answer_with_a_warning()
    {
        var result = CliRunner.Run(time, "ask", Question, "--vault", dir.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("\"Budget is approved for up to 2 petabytes.\" [1]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("warning: llm: no answer from the model", result.Stderr, StringComparison.Ordinal);
    }
}
