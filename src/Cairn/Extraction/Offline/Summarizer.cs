using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// The meeting in 2–4 sentences: an opening built from what the extractor found (<see cref="SummaryOpening"/>),
/// then the most central sentences in meeting order, then the most central decision when there is room.
/// Central: each sentence is a TF-IDF vector, its score the cosine with the meeting's centroid, nudged up
/// where it carries a task, decision or fact, damped when long or when it leans on the sentence before
/// ("it", "they"). Questions, short turns and small talk are never picked, nor a sentence too close to
/// one already picked. Every sentence but the opening is the source's own, fillers removed.
/// </summary>
internal static partial class Summarizer
{
    private const double Redundant = 0.5;

    public static string Summarize(IReadOnlyList<string> cleaned, ISet<int> salient, ISet<int> decided, ISet<int> tasks, string? opening)
    {
        var vectors = Vectors(cleaned);
        var scored = Scores(cleaned, vectors, salient, tasks);
        var n = cleaned.Count;
        var want = n < 25 ? 2 : n < 120 || opening is not null ? 3 : 4;
        var decision = scored.Where(s => decided.Contains(s.Index)).OrderByDescending(s => s.Score).Select(s => (int?)s.Index).FirstOrDefault();
        var chosen = new List<int>();
        foreach (var (index, _) in scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index))
        {
            if (chosen.Count >= want - (decision is null || chosen.Contains(decision.Value) ? 0 : 1))
            {
                break;
            }

            if (chosen.All(c => Cosine(vectors[c], vectors[index]) < Redundant))
            {
                chosen.Add(index);
            }
        }

        var ordered = chosen.Order().ToList();
        if (decision is { } d && !chosen.Contains(d) && ordered.All(c => Cosine(vectors[c], vectors[d]) < Redundant))
        {
            ordered.Add(d);
        }

        var sentences = ordered.Select(i => Terminate(FillerWords.TrimOpeners(cleaned[i])));
        return string.Join(' ', opening is null ? sentences : sentences.Prepend(opening));
    }

    private static List<(int Index, double Score)> Scores(IReadOnlyList<string> cleaned, List<Dictionary<string, double>> vectors, ISet<int> salient, ISet<int> tasks)
    {
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var v in vectors)
        {
            foreach (var (w, x) in v)
            {
                centroid[w] = centroid.GetValueOrDefault(w) + x;
            }
        }

        var centroidNorm = Norm(centroid);
        var scored = new List<(int Index, double Score)>();
        for (var i = 0; i < cleaned.Count; i++)
        {
            var words = cleaned[i].AsSpan().Count(' ') + 1;
            if (words < 6 || cleaned[i].EndsWith('?') || vectors[i].Count < 3 || SmallTalk.IsSmallTalk(cleaned[i]))
            {
                continue;
            }

            var fit = (words > 40 ? 40.0 / words : 1.0) * (FactRules.StartsWithPronoun(cleaned[i]) ? 0.8 : 1.0);
            var score = (Dot(vectors[i], centroid) / Math.Max(1e-9, Norm(vectors[i]) * centroidNorm) * fit) + (salient.Contains(i) && !tasks.Contains(i) ? 0.1 : 0);
            scored.Add((i, score));
        }

        return scored;
    }

    private static List<Dictionary<string, double>> Vectors(IReadOnlyList<string> cleaned)
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
        return tokens.Select(t => t.ToDictionary(kv => kv.Key, kv => kv.Value * Math.Log(1.0 + (n / (double)df[kv.Key])))).ToList();
    }

    /// <summary>
    /// Content-word counts. Runs on every sentence, so it walks matches without allocating Match objects and
    /// only builds a string for words long enough to count (the pattern is ASCII: lowering keeps the length).
    /// </summary>
    internal static Dictionary<string, int> Tokens(string sentence)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in Word().EnumerateMatches(sentence))
        {
            if (m.Length <= 2)
            {
                continue;
            }

            var w = sentence.Substring(m.Index, m.Length).ToLowerInvariant();
            if (!StopWords.Contains(w))
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
