using System.IO.Pipelines;
using System.Text.Json;
using Cairn.Cli.Mcp;
using Cairn.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Cairn.Tests.Mcp;

/// <summary>Cairn's MCP server and the SDK's own client, connected in-process through pipes; the clock pinned.</summary>
internal sealed class McpHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource stop;
    private readonly VaultSession session;
    private readonly McpServer server;
    private readonly Task running;

    private McpHarness(VaultSession session, McpServer server, Task running, CancellationTokenSource stop, McpClient client, List<string> log)
    {
        this.session = session;
        this.server = server;
        this.running = running;
        this.stop = stop;
        Client = client;
        Log = log;
    }

    public McpClient Client { get; }

    /// <summary>What the server logged (stderr in the real process).</summary>
    public List<string> Log { get; }

    public static async Task<McpHarness> StartAsync(string root, bool readOnly = false)
    {
        var toServer = new Pipe();
        var toClient = new Pipe();
        var log = new List<string>();
        var session = VaultSession.Open(root, new FakeTimeProvider(CliRunner.PinnedNow), line => { lock (log) { log.Add(line); } });

        // As `cairn mcp` does: the index built and, when free, kept for other processes before calls come.
        await session.WarmAsync(CancellationToken.None);
        var options = CairnMcpServer.Options(session, readOnly);
        var server = McpServer.Create(new StreamServerTransport(toServer.Reader.AsStream(), toClient.Writer.AsStream()), options);
        var stop = new CancellationTokenSource();
        var running = server.RunAsync(stop.Token);
        var client = await McpClient.CreateAsync(new StreamClientTransport(toServer.Writer.AsStream(), toClient.Reader.AsStream()));
        return new McpHarness(session, server, running, stop, client, log);
    }

    public Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?> arguments) => Client.CallToolAsync(tool, arguments).AsTask();

    /// <summary>The tool's structured output; fails the test when the call was an error.</summary>
    public async Task<JsonElement> ResultAsync(string tool, Dictionary<string, object?> arguments)
    {
        var result = await CallAsync(tool, arguments);
        Assert.True(result.IsError is not true, Text(result));
        return JsonSerializer.SerializeToElement(result.StructuredContent);
    }

    /// <summary>The error message of a call that must fail.</summary>
    public async Task<string> ErrorAsync(string tool, Dictionary<string, object?> arguments)
    {
        var result = await CallAsync(tool, arguments);
        Assert.True(result.IsError, $"{tool} should have failed: {Text(result)}");
        return Text(result);
    }

    public static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(c => c.Text));

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
        }

        await server.DisposeAsync();
        session.Dispose();
        stop.Dispose();
    }
}
