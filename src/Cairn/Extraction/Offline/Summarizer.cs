using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Picks the 2–4 most central sentences: each sentence is a TF-IDF vector, its score the cosine with the
/// whole meeting's centroid, nudged up where it carries a task, decision or fact. Chosen sentences are
/// kept in meeting order.
/// </summary>
internal static partial class Summarizer
{
    public static string Summarize(IReadOnlyList<string> cleaned, ISet<int> salient)
    {
        var tokens = cleaned.Select(Tokens).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            foreach (var w in t.Keys)
            {
                df[w] = df.GetValueOrDefault(w) + 1;
            }
        }

        var n = cleaned.Count;
        var vectors = tokens.Select(t => t.ToDictionary(kv => kv.Key, kv => kv.Value * Math.Log(1.0 + (n / (double)df[kv.Key])))).ToList();
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var v in vectors)
        {
            foreach (var (w, x) in v)
            {
                centroid[w] = centroid.GetValueOrDefault(w) + x;
            }
        }

        var centroidNorm = Norm(centroid);
        var norms = vectors.Select(Norm).ToList();
        var scored = new List<(int Index, double Score)>();
        for (var i = 0; i < n; i++)
        {
            var words = cleaned[i].Split(' ').Length;
            if (words < 6 || cleaned[i].EndsWith('?') || vectors[i].Count < 3)
            {
                continue;
            }

            var lengthFit = words > 40 ? 40.0 / words : 1.0;
            var score = (Dot(vectors[i], centroid) / Math.Max(1e-9, norms[i] * centroidNorm) * lengthFit) + (salient.Contains(i) ? 0.1 : 0);
            scored.Add((i, score));
        }

        var want = n < 25 ? 2 : n < 120 ? 3 : 4;
        var chosen = new List<int>();
        foreach (var (index, _) in scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index))
        {
            if (chosen.Count >= want)
            {
                break;
            }

            if (chosen.All(c => Cosine(vectors[c], vectors[index]) < 0.5))
            {
                chosen.Add(index);
            }
        }

        return string.Join(' ', chosen.Order().Select(i => Terminate(FillerWords.TrimOpeners(cleaned[i]))));
    }

    internal static Dictionary<string, int> Tokens(string sentence)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(sentence))
        {
            var w = m.Value.ToLowerInvariant();
            if (w.Length > 2 && !StopWords.Contains(w))
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        return counts;
    }

    private static double Norm(Dictionary<string, double> v) => Math.Sqrt(v.Values.Sum(x => x * x));

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var norm = Norm(a) * Norm(b);
        return norm == 0 ? 0 : Dot(a, b) / norm;
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (w, x) in small)
        {
            if (large.TryGetValue(w, out var y))
            {
                dot += x * y;
            }
        }

        return dot;
    }

    private static string Terminate(string s)
    {
        var t = s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
        return t.EndsWith('.') || t.EndsWith('!') ? t : t.TrimEnd(',', ';', ':') + ".";
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z'-]+")]
    private static partial Regex Word();
}
