using System.Diagnostics;
using System.Text;
using Cairn.Extraction;
using Cairn.Extraction.Offline;
using Cairn.Sources;

namespace Cairn.Bench.Extraction;

/// <summary>
/// <c>extract-speed</c>: the offline extractor on a 10,000-word transcript (real AMI turns, repeated),
/// median of runs, beside a baseline measured in the same run: splitting the same text into sentences.
/// </summary>
internal static class ExtractSpeedBenchmark
{
    public static void Run(TextWriter output)
    {
        var document = TenThousandWords();
        var extractor = new HeuristicExtractor();
        var context = ExtractionContext.ForOwner("Myself");
        var words = document.Utterances.Sum(u => u.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var cold = Stopwatch.StartNew();
        extractor.Extract(document, context);
        var first = cold.Elapsed.TotalMilliseconds;
        var extract = Median(() => extractor.Extract(document, context), 30);
        var cpu = CpuPerCall(() => extractor.Extract(document, context), 60);
        var split = Median(() => SentenceSplitter.Split(document), 30);
        output.WriteLine($"extract-speed: {words} words, {document.Utterances.Count} turns");
        output.WriteLine($"  HeuristicExtractor.Extract  median {extract:F1} ms   (first call, JIT included: {first:F0} ms)");
        output.WriteLine($"  CPU time per call (mean of 60, all threads; steadier than wall time on a loaded machine) {cpu:F1} ms");
        output.WriteLine($"  baseline (sentence split)   median {split:F1} ms   ratio {extract / split:F1}x");
        output.WriteLine("  by stage (medians, replayed outside the extractor):");
        foreach (var (stage, ms) in ExtractStages.Medians(document, context, 30))
        {
            output.WriteLine($"    {stage,-20} {ms,6:F2} ms");
        }
    }

    private static double CpuPerCall(Action action, int runs)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            action();
        }

        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds / runs;
    }

    private static double Median(Action action, int runs)
    {
        // Tiered JIT promotes a method after ~30 calls plus a background delay: warm up past it, so the median
        // is the steady state a long ingest sees (the first call is reported on its own).
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 40 || warm.ElapsedMilliseconds < 1500; i++)
        {
            action();
        }

        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[runs / 2];
    }

    internal static SourceDocument TenThousandWords()
    {
        var data = ExtractionEval.DataFolder();
        var meeting = RealMeeting.Load(Path.Combine(data, "real-meetings", "ami-ES2002b.json"));
        var utterances = new List<Utterance>();
        var count = 0;
        var offset = 0.0;
        while (count < 10_000)
        {
            foreach (var t in meeting.Turns)
            {
                utterances.Add(new Utterance(t.Speaker, TimeSpan.FromSeconds(offset + (t.Start ?? 0)), t.Text));
                count += t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (count >= 10_000)
                {
                    break;
                }
            }

            offset += 3600;
        }

        return new SourceDocument("speed.json", "json", SourceKind.Transcript, "Speed", new DateOnly(2025, 1, 6),
            utterances.Select(u => u.Speaker).Distinct().Select(s => new Participant(s)).ToList(), utterances);
    }
}
