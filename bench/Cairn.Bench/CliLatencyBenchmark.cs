using System.Diagnostics;
using System.Globalization;

namespace Cairn.Bench;

/// <summary>
/// <c>cli BIN [BASELINE_BIN] [--vault DIR] [--meetings N] [--rounds R] [--only NAME,...]</c>: whole-process latency of the published
/// <c>cairn</c> binary against the generated vault, as a person typing commands into a shell sees it (process start,
/// JIT or not, the index refresh every query does, the query, output to a file). Each command runs R times and the
/// median is kept. With a baseline binary, the two run alternately, command by command and round by round, each
/// against its own copy of the vault (their index schemas may differ), so load from other work on the machine falls
/// on both alike. Before the rounds, each binary builds its index, and a freshness check edits a note and asks for a
/// word written one second before the query: a binary that answers from a stale index fails the benchmark.
/// </summary>
internal static class CliLatencyBenchmark
{
    private static readonly (string Name, string[] Args)[] AllCommands =
    [
        ("version", ["version"]),
        ("search", ["search", "renewal terms"]),
        ("tasks --owner --open", ["tasks", "--owner", "Ann Lee", "--open"]),
        ("show", ["show", "Ann Lee"]),
        ("people", ["people"]),
        ("index (no-op)", ["index"]),
    ];

    public static int Run(string[] args)
    {
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        if (positional.Count == 0)
        {
            Console.Error.WriteLine("usage: cli BIN [BASELINE_BIN] [--vault DIR] [--meetings N] [--rounds R] [--only NAME,...]");
            return 2;
        }

        // --only search,people: a subset by the names in the table (the first word of a command's name).
        var only = Option(args, "--only")?.Split(',');
        var commands = AllCommands.Where(c => only is null || only.Contains(c.Name.Split(' ')[0], StringComparer.Ordinal)).ToArray();

        var meetings = int.Parse(Option(args, "--meetings") ?? "50000", CultureInfo.InvariantCulture);
        var rounds = int.Parse(Option(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        var source = VaultGenerator.IndexBenchVault(Option(args, "--vault"), meetings);
        var binaries = positional.Select(Path.GetFullPath).ToList();
        var vaults = binaries.Select((_, i) => CopyOf(source, i == 0 ? "candidate" : "baseline")).ToList();
        var notes = Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories).Count();
        Console.WriteLine($"vault: {source} ({notes:N0} notes); {rounds} rounds; {Environment.ProcessorCount} cores");
        for (var b = 0; b < binaries.Count; b++)
        {
            Console.WriteLine($"{Label(b)}: {binaries[b]}");
            Console.WriteLine($"  first index (a build, or a refresh of a copy made before): {RunCairn(binaries[b], vaults[b], ["index"]).Ms:F0} ms");
            Console.WriteLine($"  freshness: {Freshness(binaries[b], vaults[b])}");
        }

        var times = commands.Select(_ => binaries.Select(_ => new List<double>()).ToList()).ToList();
        for (var round = 0; round < rounds; round++)
        {
            for (var c = 0; c < commands.Length; c++)
            {
                // Alternate which binary goes first, so neither always follows the other's page-cache footprint.
                foreach (var b in round % 2 == 0 ? Enumerable.Range(0, binaries.Count) : Enumerable.Range(0, binaries.Count).Reverse())
                {
                    var ms = RunCairn(binaries[b], vaults[b], commands[c].Args).Ms;
                    times[c][b].Add(ms);
                    Console.WriteLine(FormattableString.Invariant($"  round {round + 1}: {commands[c].Name}, {Label(b)}: {ms:F0} ms"));
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine(binaries.Count > 1 ? "| command | candidate (median) | baseline (median) | ratio |" : "| command | median | min | max |");
        Console.WriteLine(binaries.Count > 1 ? "| --- | ---: | ---: | ---: |" : "| --- | ---: | ---: | ---: |");
        for (var c = 0; c < commands.Length; c++)
        {
            var medians = times[c].Select(Median).ToList();
            Console.WriteLine(binaries.Count > 1
                ? FormattableString.Invariant($"| {commands[c].Name} | {medians[0]:F0} ms | {medians[1]:F0} ms | {medians[0] / medians[1]:F2}x |")
                : FormattableString.Invariant($"| {commands[c].Name} | {medians[0]:F0} ms | {times[c][0].Min():F0} ms | {times[c][0].Max():F0} ms |"));
        }

        return 0;
    }

    /// <summary>
    /// Appends a word no note holds to a meeting note, waits one second, and searches for it: the answer must name
    /// that note. Also reports how long that first query (the one that re-indexes the note) took.
    /// </summary>
    private static string Freshness(string binary, string vault)
    {
        var note = Directory.EnumerateFiles(Path.Combine(vault, "Meetings"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Skip(1234).First();
        var word = "fresh" + Guid.NewGuid().ToString("N")[..8];
        File.AppendAllText(note, $"\nA late line about {word}.\n");
        Thread.Sleep(1000);
        var (ms, output) = RunCairn(binary, vault, ["search", word, "--json"]);
        if (!output.Contains(Path.GetFileNameWithoutExtension(note), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{binary} answered from a stale index: a search for '{word}' did not find {note}");
        }

        return FormattableString.Invariant($"ok (a note edited 1 s before was found; that search took {ms:F0} ms)");
    }

    private static (double Ms, string Output) RunCairn(string binary, string vault, string[] args)
    {
        var output = Path.GetTempFileName();
        try
        {
            var start = Stopwatch.GetTimestamp();
            using (var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "\"$0\" \"$@\" --vault \"$VAULT\" > \"$OUT\" 2>&1", binary, .. args])
            {
                Environment = { ["VAULT"] = vault, ["OUT"] = output, ["NO_COLOR"] = "1" },
            })!)
            {
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"{binary} {string.Join(' ', args)} exited with {process.ExitCode}: {File.ReadAllText(output)}");
                }
            }

            return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, File.ReadAllText(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>A copy of the generated vault (notes only, no index) beside it, made once and reused.</summary>
    private static string CopyOf(string source, string name)
    {
        var copy = source.TrimEnd('/') + "-" + name;
        if (!Directory.Exists(copy))
        {
            using var cp = Process.Start("cp", ["-a", source, copy])!;
            cp.WaitForExit();
            var stateFolder = Path.Combine(copy, ".cairn");
            foreach (var state in Directory.Exists(stateFolder) ? Directory.EnumerateFiles(stateFolder, "*.db*") : [])
            {
                File.Delete(state);
            }
        }

        return copy;
    }

    private static string Label(int binary) => binary == 0 ? "candidate" : "baseline";

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
