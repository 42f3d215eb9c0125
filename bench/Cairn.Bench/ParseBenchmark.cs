using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cairn.Notes;

namespace Cairn.Bench;

/// <summary>
/// <c>parse</c>: Cairn's <see cref="NoteDocument.Parse(string)"/> plus enumerating tasks and links, against
/// <c>Markdig.Markdown.Parse</c> over the same notes in the same run. Prints medians, MB/s and the ratio.
/// </summary>
public static class ParseBenchmark
{
    public static int Run(string[] args)
    {
        var meetings = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        var dir = Path.Combine(Path.GetTempPath(), $"cairn-bench-vault-{meetings}");
        var generate = Stopwatch.StartNew();
        if (!Directory.Exists(dir))
        {
            VaultGenerator.Generate(dir, meetings);
        }

        Console.WriteLine($"vault: {dir} ({meetings} meetings, ready in {generate.Elapsed.TotalSeconds:F1} s)");
        var texts = Directory.EnumerateFiles(dir, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var megabytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t)) / 1_000_000.0;
        Console.WriteLine($"notes: {texts.Length}, {megabytes:F1} MB");

        var cairn = new List<double>();
        var markdig = new List<double>();
        long checksum = 0;
        for (var round = 0; round <= rounds; round++)
        {
            // Round 0 warms both up (JIT, tiering) and is not counted; the order alternates to even out drift.
            double a, b;
            if (round % 2 == 0)
            {
                a = Cairn(texts, ref checksum);
                b = Markdig(texts);
            }
            else
            {
                b = Markdig(texts);
                a = Cairn(texts, ref checksum);
            }

            if (round > 0)
            {
                cairn.Add(a);
                markdig.Add(b);
            }
        }

        var mc = Median(cairn);
        var mm = Median(markdig);
        Console.WriteLine($"cairn   NoteDocument.Parse + tasks + links: median {mc:F0} ms, {megabytes / (mc / 1000):F1} MB/s");
        Console.WriteLine($"markdig Markdown.Parse:                     median {mm:F0} ms, {megabytes / (mm / 1000):F1} MB/s");
        Console.WriteLine($"ratio cairn/markdig: {mc / mm:F2}x (target <= 1.5x)   [checksum {checksum}]");
        return 0;
    }

    private static double Cairn(string[] texts, ref long checksum)
    {
        var sw = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            var note = NoteDocument.Parse(text);
            foreach (var task in note.Tasks)
            {
                checksum += task.Line + (task.Owner?.Length ?? 0);
            }

            foreach (var link in note.Links)
            {
                checksum += link.Target.Length;
            }
        }

        return sw.Elapsed.TotalMilliseconds;
    }

    private static double Markdig(string[] texts)
    {
        var sw = Stopwatch.StartNew();
        var blocks = 0;
        foreach (var text in texts)
        {
            blocks += global::Markdig.Markdown.Parse(text).Count;
        }

        GC.KeepAlive(blocks);
        return sw.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
