using System.Text.RegularExpressions;

namespace Cairn.Bench.Extraction.Scoring;

/// <summary>ROUGE-1 and ROUGE-L F1 over lower-cased word tokens (no stemming, no stop-word removal).</summary>
internal static partial class Rouge
{
    public static double Rouge1(string candidate, string reference)
    {
        var c = Tokens(candidate);
        var r = Tokens(reference);
        var counts = r.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var overlap = 0;
        foreach (var t in c)
        {
            if (counts.TryGetValue(t, out var n) && n > 0)
            {
                overlap++;
                counts[t] = n - 1;
            }
        }

        return F1(overlap, c.Count, r.Count);
    }

    public static double RougeL(string candidate, string reference)
    {
        var c = Tokens(candidate);
        var r = Tokens(reference);
        var previous = new int[r.Count + 1];
        var current = new int[r.Count + 1];
        foreach (var token in c)
        {
            for (var j = 1; j <= r.Count; j++)
            {
                current[j] = token == r[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return F1(previous[r.Count], c.Count, r.Count);
    }

    internal static List<string> Tokens(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    private static double F1(int overlap, int candidate, int reference)
    {
        if (overlap == 0 || candidate == 0 || reference == 0)
        {
            return 0;
        }

        var p = (double)overlap / candidate;
        var r = (double)overlap / reference;
        return 2 * p * r / (p + r);
    }

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();
}
