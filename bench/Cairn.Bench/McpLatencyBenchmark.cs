using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cairn.Bench;

/// <summary>
/// Round trips to a running <c>cairn mcp</c> over stdio: <c>search_notes</c> calls alternated with the protocol's
/// own <c>ping</c> (a round trip with no vault work) in the same run, so the ping is the baseline the search is
/// read against. Raw JSON-RPC lines, as any MCP client sends them.
/// </summary>
public static class McpLatencyBenchmark
{
    private static readonly string[] Queries =
        ["pricing", "renewal terms", "\"migration plan\"", "Okafor", "secur*", "roadmap deck Ann", "ROI analysis Tanaka", "onboard*", "capacity forecast 2023", "SOW"];

    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.WriteLine("usage: mcp-latency CAIRN_DLL VAULT [rounds=20]   (a vault from `generate`, index built or not)");
            return 2;
        }

        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        using var server = new Server(args[0], args[1]);
        var started = Stopwatch.StartNew();
        server.Call("initialize", new JsonObject { ["protocolVersion"] = "2025-06-18", ["capabilities"] = new JsonObject(), ["clientInfo"] = new JsonObject { ["name"] = "bench", ["version"] = "1" } });
        server.Notify("notifications/initialized");
        var first = server.Search(Queries[0]);
        Console.WriteLine($"start to first answer: {started.Elapsed.TotalMilliseconds:F0} ms (first search_notes {first:F0} ms, the index refresh included)");

        List<double> searches = [], pings = [];
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in Queries)
            {
                pings.Add(server.Call("ping", null).Ms);
                searches.Add(server.Search(query));
            }
        }

        var (s50, s99, p50, p99) = (Percentile(searches, 0.5), Percentile(searches, 0.99), Percentile(pings, 0.5), Percentile(pings, 0.99));
        Console.WriteLine($"search_notes: p50 {s50:F2} ms, p99 {s99:F2} ms ({searches.Count} calls, {Queries.Length} queries x {rounds})");
        Console.WriteLine($"ping:         p50 {p50:F2} ms, p99 {p99:F2} ms (alternated with the searches)");
        Console.WriteLine($"search - ping p50: {s50 - p50:F2} ms; search / ping: {s50 / p50:F1}x");
        return 0;
    }

    private static double Percentile(List<double> values, double q) => values.Order().ElementAt(Math.Min(values.Count - 1, (int)(values.Count * q)));

    /// <summary>One <c>cairn mcp --read-only</c> child process and its stdio.</summary>
    private sealed class Server : IDisposable
    {
        private readonly Process process;
        private int nextId;

        public Server(string dll, string vault)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { dll, "mcp", "--vault", vault, "--read-only" })
            {
                start.ArgumentList.Add(arg);
            }

            process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
        }

        public double Search(string query)
        {
            var (ms, reply) = Call("tools/call", new JsonObject { ["name"] = "search_notes", ["arguments"] = new JsonObject { ["query"] = query } });
            return reply["result"]?["isError"]?.GetValue<bool>() == true ? throw new InvalidOperationException($"search_notes '{query}' failed: {reply}") : ms;
        }

        public (double Ms, JsonNode Reply) Call(string method, JsonObject? parameters)
        {
            var id = ++nextId;
            var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
            if (parameters is not null)
            {
                message["params"] = parameters;
            }

            var clock = Stopwatch.StartNew();
            Send(message);
            while (true)
            {
                var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("cairn mcp closed its output");
                var reply = JsonNode.Parse(line)!;
                if (reply["id"]?.GetValueKind() == JsonValueKind.Number && reply["id"]!.GetValue<int>() == id)
                {
                    return (clock.Elapsed.TotalMilliseconds, reply);
                }
            }
        }

        public void Notify(string method) => Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method });

        public void Dispose()
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(10_000))
            {
                process.Kill();
            }

            process.Dispose();
        }

        private void Send(JsonObject message)
        {
            process.StandardInput.WriteLine(message.ToJsonString());
            process.StandardInput.Flush();
        }
    }
}
