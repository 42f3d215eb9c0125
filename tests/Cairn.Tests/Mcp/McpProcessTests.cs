using System.Diagnostics;
using System.Text.Json;
using Cairn.Tests.Fakes;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Cairn.Tests.Mcp;

/// <summary>The real <c>cairn mcp</c> process over stdio: raw frames, and the SDK's stdio client.</summary>
public sealed class McpProcessTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TestVault vault = TestVault.Standard();

    public void Dispose() => vault.Dispose();

    [Fact]
    public async Task Stdout_carries_only_protocol_frames_and_the_server_survives_bad_input()
    {
        using var process = Start("mcp", "--vault", vault.Root);
        var stderr = process.StandardError.ReadToEndAsync();
        string[] requests =
        [
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""",
            """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
            "this is not json",
            """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"get_note","arguments":{"path":"../../etc/passwd"}}}""",
            """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"no_such_tool","arguments":{}}}""",
            """{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"search_notes","arguments":{"query":"pilot"}}}""",
        ];
        foreach (var request in requests)
        {
            await process.StandardInput.WriteLineAsync(request);
        }

        await process.StandardInput.FlushAsync();
        var replies = new Dictionary<int, JsonElement>();
        using var timeout = new CancellationTokenSource(Patience);
        while (replies.Count < 4 && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var frame = JsonDocument.Parse(line).RootElement;
            Assert.Equal("2.0", frame.GetProperty("jsonrpc").GetString());
            if (frame.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number)
            {
                replies[id.GetInt32()] = frame;
            }
        }

        Assert.True(replies[2].GetProperty("result").GetProperty("isError").GetBoolean());
        Assert.Contains("'..' segment", replies[2].GetProperty("result").GetProperty("content")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("no_such_tool", replies[3].GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(TestVault.AcmeKickoff, replies[4].GetProperty("result").GetProperty("structuredContent").GetRawText(), StringComparison.Ordinal);

        process.StandardInput.Close();
        Assert.True(process.WaitForExit(Patience), "the server did not exit when stdin closed");
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(string.Empty, await process.StandardOutput.ReadToEndAsync());
        Assert.Contains($"cairn mcp: serving {vault.Root}", await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sdk_stdio_client_drives_the_process_and_read_only_refuses_writes()
    {
        var start = CliProcess.StartInfo("mcp", "--vault", vault.Root, "--read-only");
        var transport = new StdioClientTransport(new StdioClientTransportOptions { Name = "cairn", Command = start.FileName, Arguments = [.. start.ArgumentList] });
        await using var client = await McpClient.CreateAsync(transport);
        var before = vault.Read(TestVault.GlobexCall);

        var tools = await client.ListToolsAsync();
        var calls = Enumerable.Range(0, 12).Select(_ => client.CallToolAsync("list_tasks", new Dictionary<string, object?> { ["owner"] = "Myself" }).AsTask());
        var results = await Task.WhenAll(calls);
        var refused = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("complete_task", new Dictionary<string, object?> { ["file"] = TestVault.GlobexCall, ["line"] = 1 }).AsTask());

        Assert.Equal(["ask", "brief", "get_entity", "get_note", "list_tasks", "recent_meetings", "search_notes"], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.Contains("Send Globex the pricing sheet", JsonSerializer.Serialize(r.StructuredContent), StringComparison.Ordinal));
        Assert.Contains("complete_task", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, vault.Read(TestVault.GlobexCall));
    }

    [Fact]
    public void A_missing_vault_is_one_error_line_and_exit_1()
    {
        var result = CliRunner.Run("mcp", "--vault", vault.Dir.Combine("nope"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: no vault at {vault.Dir.Combine("nope")}\n", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    private static Process Start(params string[] args)
    {
        var info = CliProcess.StartInfo(args);
        info.RedirectStandardInput = true;
        return Process.Start(info)!;
    }
}
