using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Cairn.Cli;
using Cairn.Cli.Providers;
using Cairn.Tests.Fakes;
using Cairn.Vault;
using Microsoft.Extensions.AI;

namespace Cairn.Tests.Llm;

public sealed class ChatClientFactoryTests
{
    private static readonly Func<string, string?> NoVariables = _ => null;

    [Theory]
    [InlineData(null, "m", null, null, "needs an llm: section")]
    [InlineData("gemini", "m", null, null, "llm.provider 'gemini' is not known (one of: openai, azure-openai, anthropic, openai-compatible)")]
    [InlineData("openai", null, null, null, "llm.model is missing")]
    [InlineData("openai", "gpt-4o-mini", null, null, "the environment variable OPENAI_API_KEY is not set")]
    [InlineData("anthropic", "claude", null, "MY_KEY", "the environment variable MY_KEY is not set")]
    [InlineData("azure-openai", "deployment", null, null, "llm.endpoint is missing")]
    [InlineData("openai-compatible", "qwen", "ftp://host/v1", null, "llm.endpoint 'ftp://host/v1' is not an http:// or https:// URL")]
    public void A_config_that_cannot_work_is_one_usage_line(string? provider, string? model, string? endpoint, string? keyVariable, string message)
    {
        var settings = provider is null && model == "m" ? null : new LlmSettings(provider, model, endpoint, keyVariable);
        var ex = Assert.Throws<CairnUsageException>(() => ChatClientFactory.Create(settings, NoVariables));
        Assert.Contains(message, ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task An_openai_compatible_server_is_asked_through_the_real_client()
    {
        using var server = new LoopbackModelServer().ThenOpenAI("hello", tokensIn: 42, tokensOut: 3);
        using var connection = ChatClientFactory.Create(new LlmSettings("openai-compatible", "qwen2.5:14b", server.OpenAIEndpoint, "LOCAL_KEY"), name => name == "LOCAL_KEY" ? "sk-local" : null);

        var reply = await connection.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal("hello", reply.Text);
        Assert.Equal(42, reply.Usage?.InputTokenCount);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer sk-local", request.Headers["Authorization"]);
        Assert.Contains("\"qwen2.5:14b\"", request.Body);
        Assert.Contains(server.OpenAIEndpoint, connection.Announcement);
    }

    [Fact]
    public async Task Anthropic_is_asked_through_the_official_package()
    {
        using var server = new LoopbackModelServer().ThenAnthropic("bonjour", tokensIn: 7, tokensOut: 2);
        using var connection = ChatClientFactory.Create(new LlmSettings("anthropic", "claude-sonnet-4-5", server.AnthropicEndpoint, null), name => name == "ANTHROPIC_API_KEY" ? "sk-ant" : null);

        var reply = await connection.Client.GetResponseAsync([new ChatMessage(ChatRole.System, "be brief"), new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal("bonjour", reply.Text);
        Assert.Equal(2, reply.Usage?.OutputTokenCount);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/messages", request.Path);
        // The package (13.x) sends the API key as a bearer token, as its documentation says.
        Assert.Equal("Bearer sk-ant", request.Headers["Authorization"]);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_servers_Retry_After()
    {
        using var server = new LoopbackModelServer()
            .Then(new ScriptedReply(429, "{\"error\":{\"message\":\"slow down\"}}", new Dictionary<string, string> { ["Retry-After"] = "0" }))
            .Then(new ScriptedReply(503, "{\"error\":{\"message\":\"busy\"}}"))
            .ThenOpenAI("after the wait");
        using var connection = ChatClientFactory.Create(new LlmSettings("openai-compatible", "m", server.OpenAIEndpoint, null), NoVariables, retryDelay: TimeSpan.FromMilliseconds(10));

        var reply = await connection.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal("after the wait", reply.Text);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_request_that_outlasts_the_timeout_is_abandoned()
    {
        using var server = new LoopbackModelServer().Then(new ScriptedReply(200, LoopbackModelServer.OpenAIBody("late", 1, 1), Delay: TimeSpan.FromSeconds(10)));
        using var connection = ChatClientFactory.Create(new LlmSettings("openai-compatible", "m", server.OpenAIEndpoint, null) { TimeoutSeconds = 1, Retries = 0 }, NoVariables);
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<Exception>(() => connection.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task An_endpoint_that_refuses_is_one_usage_line()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var ex = await Assert.ThrowsAsync<CairnUsageException>(() => EndpointProbe.CheckAsync(new Uri($"http://127.0.0.1:{port}/v1"), EndpointProbe.DefaultWait, CancellationToken.None));
        Assert.Contains("refused", ex.Message);
    }
}
