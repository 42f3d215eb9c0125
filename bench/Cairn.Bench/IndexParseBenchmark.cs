using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cairn.Index;
using Cairn.Notes;
using Cairn.Vault;

namespace Cairn.Bench;

/// <summary>
/// <c>index-parse [DIR] [rounds=5]</c>: what the index's full build spends per note before SQLite, on one thread:
/// <see cref="NoteDocument.Parse(string)"/> and <see cref="NoteIndexer.Index"/> over every note of a generated
/// vault, against <c>Markdig.Markdown.Parse</c> of the same text in the same run. Prints median ms and the MB
/// allocated per round: allocations are deterministic, so they compare across runs on a noisy machine when the
/// times do not.
/// </summary>
internal static class IndexParseBenchmark
{
    public static int Run(string[] args)
    {
        var dir = VaultGenerator.IndexBenchVault(args.Length > 0 ? args[0] : null);
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;

        var files = Directory.GetFiles(dir, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var paths = files.Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/')).ToArray();
        var bytes = files.Select(File.ReadAllBytes).ToArray();
        var texts = bytes.Select(b => Encoding.UTF8.GetString(b)).ToArray();
        var megabytes = bytes.Sum(b => (long)b.Length) / 1_000_000.0;
        Console.WriteLine($"vault: {dir}, {files.Length} notes, {megabytes:F1} MB, {rounds} rounds (+1 warm-up), one thread");

        Stage[] stages =
        [
            new("markdig Markdown.Parse (baseline)", () => Markdig(texts)),
            new("cairn   NoteDocument.Parse", () => Parse(texts)),
            new("cairn   NoteIndexer.Index", () => Index(paths, bytes)),
        ];
        for (var round = 0; round <= rounds; round++)
        {
            // Round 0 warms up (JIT, tiering) and is not counted; the order rotates to even out drift.
            for (var i = 0; i < stages.Length; i++)
            {
                stages[(i + round) % stages.Length].Measure(counted: round > 0);
            }
        }

        var baseline = stages[0].MedianMs;
        foreach (var stage in stages)
        {
            Console.WriteLine(
                $"{stage.Name,-36} median {stage.MedianMs,6:F0} ms ({stage.MedianMs / baseline:F2}x markdig), " +
                $"{stage.AllocatedMb,7:F0} MB allocated/round ({stage.AllocatedMb * 1_048_576 / files.Length / 1024:F1} KB/note)");
        }

        return 0;
    }

    private static long Markdig(string[] texts)
    {
        long blocks = 0;
        foreach (var text in texts)
        {
            blocks += global::Markdig.Markdown.Parse(text).Count;
        }

        return blocks;
    }

    private static long Parse(string[] texts)
    {
        long count = 0;
        foreach (var text in texts)
        {
            var note = NoteDocument.Parse(text);
            count += note.Tasks.Count + note.Links.Count + note.Tags.Count + note.Frontmatter.Entries.Count;
        }

        return count;
    }

    private static long Index(string[] paths, byte[][] bytes)
    {
        long count = 0;
        for (var i = 0; i < paths.Length; i++)
        {
            var note = NoteIndexer.Index(paths[i], default, bytes[i], VaultLayout.Default);
            count += note.Tasks.Count + (note.ItemsJson?.Length ?? 0) + note.Body.Length;
        }

        return count;
    }

    /// <summary>One measured body: wall time and bytes allocated on this thread, per round.</summary>
    private sealed class Stage(string name, Func<long> body)
    {
        private readonly List<double> times = [];
        private readonly List<long> allocated = [];

        public string Name => name;

        public double MedianMs => Median(times);

        public double AllocatedMb => Median([.. allocated.Select(b => (double)b)]) / 1_048_576;

        public void Measure(bool counted)
        {
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            GC.KeepAlive(body());
            sw.Stop();
            if (counted)
            {
                times.Add(sw.Elapsed.TotalMilliseconds);
                allocated.Add(GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }

        private static double Median(List<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }
}
