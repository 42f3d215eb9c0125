using System.Diagnostics;
using Cairn.Commit;

namespace Cairn.Bench;

/// <summary>
/// <c>merge</c>: ThreeWayMerge on an entity note of N lines with a few edits per side, against a baseline of the
/// same diff3 fed by a textbook O(N·M) LCS table, measured in the same run. Prints medians.
/// </summary>
internal static class MergeBenchmark
{
    public static int Run()
    {
        Console.WriteLine("lines  merge(ms)  lcs-table-diff x2 (ms)  ratio");
        foreach (var size in new[] { 200, 1000, 4000 })
        {
            var (b, o, t) = Inputs(size);
            var merge = Median(() => ThreeWayMerge.Merge(b, o, t));
            var baseline = Median(() =>
            {
                Lcs(b.Split('\n'), o.Split('\n'));
                Lcs(b.Split('\n'), t.Split('\n'));
            });
            Console.WriteLine($"{size,5}  {merge,9:F3}  {baseline,22:F3}  {baseline / merge,5:F1}x");
        }

        return 0;
    }

    private static (string Base, string Ours, string Theirs) Inputs(int size)
    {
        var lines = Enumerable.Range(0, size).Select(i => i % 10 == 0 ? $"## Section {i}" : $"- [ ] Task number {i} @Someone #task").ToList();
        var ours = lines.ToList();
        var theirs = lines.ToList();
        for (var i = 5; i < size; i += size / 8)
        {
            ours.Insert(i, $"- 2025-11-20: [[Meeting {i}]] - new context");
            theirs[i + 2] = theirs[i + 2].Replace("[ ]", "[x]", StringComparison.Ordinal);
        }

        return (string.Join('\n', lines), string.Join('\n', ours), string.Join('\n', theirs));
    }

    private static double Median(Action action)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static int Lcs(string[] x, string[] y)
    {
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = string.Equals(x[i - 1], y[j - 1], StringComparison.Ordinal) ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[y.Length];
    }
}
