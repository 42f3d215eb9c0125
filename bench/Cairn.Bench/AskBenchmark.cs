using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Cairn.Bench.Extraction;
using Cairn.Index;
using Cairn.Queries;
using Cairn.Vault;

namespace Cairn.Bench;

/// <summary>
/// <c>ask-eval</c>: <c>cairn ask</c>'s quality on the labelled question set (tests/data/ask/questions.json) over the
/// demo vault and the generated one: the share of passage and decision questions with an expected note among the
/// first five sources, and the share of structured questions answered exactly. <c>ask-latency</c>: the whole
/// process, <c>cairn ask</c> against <c>cairn search</c> and <c>cairn version</c> run alternately in the same run.
/// </summary>
public static class AskBenchmark
{
    private const int FirstSources = 5;

    public static int Eval(string[] args)
    {
        if (args.Length < 2)
        {
            Console.WriteLine("usage: ask-eval DEMO_VAULT GENERATED_VAULT [questions.json] [--verbose]");
            return 2;
        }

        var file = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? args[2] : Path.Combine(ExtractionEval.DataFolder(), "ask", "questions.json");
        var verbose = args.Contains("--verbose");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var vaults = new Dictionary<string, string> { ["demo"] = args[0], ["generated"] = args[1] };
        var today = json.RootElement.GetProperty("today");
        int found = 0, retrieval = 0, exact = 0, structured = 0;
        var tokens = new List<long>();
        foreach (var vaultName in vaults.Keys)
        {
            var root = vaults[vaultName];
            var config = ConfigLoader.LoadVault(root).Config ?? CairnConfig.Default;
            using var index = VaultIndex.Open(root, config.Folders);
            index.Refresh();
            var day = DateOnly.Parse(today.GetProperty(vaultName).GetString()!, CultureInfo.InvariantCulture);
            var paths = new VaultPaths(root, config.Folders);
            foreach (var q in json.RootElement.GetProperty("questions").EnumerateArray().Where(q => q.GetProperty("vault").GetString() == vaultName))
            {
                var result = AskQuery.Run(index, paths, q.GetProperty("question").GetString()!, new AskOptions(), config.Owner, day);
                var kind = q.GetProperty("kind").GetString();
                bool ok;
                if (kind is "we_owe" or "they_owe" or "last_contact")
                {
                    structured++;
                    ok = kind == "last_contact"
                        ? result.LastContact == q.GetProperty("expected_date").GetString()
                        : result.Tasks.Select(t => $"{t.Row.File}:{t.Row.Task.Line}").Order(StringComparer.Ordinal)
                            .SequenceEqual(q.GetProperty("expected_tasks").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
                    exact += ok ? 1 : 0;
                }
                else
                {
                    retrieval++;
                    var expected = q.GetProperty("expected_notes").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
                    ok = result.Passages.Take(FirstSources).Any(p => expected.Contains(p.NotePath));
                    found += ok ? 1 : 0;
                    tokens.Add(AskModel.EstimateTokens(AskModel.Messages(result)));
                }

                if (!ok || verbose)
                {
                    Console.WriteLine($"{(ok ? "ok  " : "MISS")} {q.GetProperty("id").GetString()} {q.GetProperty("question").GetString()}");
                    Console.WriteLine("     " + result.Answer.Replace("\n", "\n     ", StringComparison.Ordinal));
                    foreach (var p in result.Passages.Take(FirstSources))
                    {
                        Console.WriteLine($"     - {p.Score:F2} {p.NotePath} \"{p.Quote}\"");
                    }
                }
            }
        }

        Console.WriteLine($"expected note among the first {FirstSources} sources: {found}/{retrieval} = {100.0 * found / Math.Max(1, retrieval):F1}%");
        Console.WriteLine($"structured answers exact:                 {exact}/{structured} = {100.0 * exact / Math.Max(1, structured):F1}%");
        var sorted = tokens.Order().ToList();
        Console.WriteLine($"tokens a model is sent (chars/4), default --limit {AskOptions.DefaultLimit}: median {sorted[sorted.Count / 2]}, max {sorted[^1]} over {sorted.Count} questions");
        return 0;
    }

    /// <summary>Whole-process latency: each round runs every ask question, a search and a version, one after another.</summary>
    public static int Latency(string[] args)
    {
        if (args.Length < 2)
        {
            Console.WriteLine("usage: ask-latency CAIRN_DLL VAULT [rounds=7]");
            return 2;
        }

        var (dll, vault) = (args[0], args[1]);
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
        string[][] commands =
        [
            ["version"],
            ["search", "--vault", vault, "pricing"],
            ["ask", "--vault", vault, "What did we decide about the migration plan?"],
            ["ask", "--vault", vault, "What does Ann Lee owe me?"],
            ["ask", "--vault", vault, "When did I last talk to Ann Lee?"],
            ["ask", "--vault", vault, "Who is the budget owner in the pricing model sync 00123?"],
        ];
        Run(dll, commands[1]);
        var times = commands.Select(_ => new List<double>()).ToArray();
        for (var r = 0; r < rounds; r++)
        {
            for (var c = 0; c < commands.Length; c++)
            {
                times[c].Add(Run(dll, commands[c]));
            }
        }

        for (var c = 0; c < commands.Length; c++)
        {
            var sorted = times[c].Order().ToList();
            Console.WriteLine($"{string.Join(' ', commands[c].Where(a => a != vault && a != "--vault")),-70} median {sorted[sorted.Count / 2],7:F0} ms  min {sorted[0],7:F0} ms");
        }

        return 0;
    }

    private static double Run(string dll, string[] args)
    {
        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(new ProcessStartInfo("dotnet", [dll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
