using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// A few key phrases: runs of one to three content words that recur, two-word phrases preferred, names of
/// people left out (they are entities, not topics).
/// </summary>
internal static partial class TopicExtractor
{
    public static IReadOnlyList<string> Topics(IReadOnlyList<string> cleaned, IEnumerable<string> excluded, int max = 5)
    {
        var skip = new HashSet<string>(excluded.SelectMany(e => e.Split(' ')), StringComparer.OrdinalIgnoreCase);
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var order = 0;
        foreach (var sentence in cleaned)
        {
            foreach (var run in Runs(sentence, skip))
            {
                for (var len = 1; len <= 3; len++)
                {
                    for (var i = 0; i + len <= run.Count; i++)
                    {
                        var phrase = string.Join(' ', run.Skip(i).Take(len));
                        var (c, f) = counts.GetValueOrDefault(phrase, (0, order++));
                        counts[phrase] = (c + 1, f);
                    }
                }
            }
        }

        var ranked = counts
            .Where(kv => kv.Value.Count >= 2)
            .Select(kv => (Phrase: kv.Key, Score: kv.Value.Count * (kv.Key.Count(ch => ch == ' ') == 0 ? 1.0 : 2.5), kv.Value.First))
            .OrderByDescending(x => x.Score).ThenBy(x => x.First);
        var topics = new List<string>();
        foreach (var (phrase, _, _) in ranked)
        {
            if (topics.Count >= max)
            {
                break;
            }

            if (topics.Any(t => t.Contains(phrase, StringComparison.OrdinalIgnoreCase) || phrase.Contains(t, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            topics.Add(phrase);
        }

        return topics;
    }

    private static IEnumerable<List<string>> Runs(string sentence, HashSet<string> skip)
    {
        var run = new List<string>();
        foreach (Match m in Word().Matches(sentence))
        {
            var w = m.Value;
            var lower = w.ToLowerInvariant();
            var content = lower.Length > 2 && !StopWords.Contains(lower) && !skip.Contains(w) && !Verbish().IsMatch(lower) && !FirstNames.Contains(w);
            if (content)
            {
                run.Add(char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower) ? lower : w);
                continue;
            }

            if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9'-]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:ed|ly|'s|n't|'ll|'re|'ve|'d)$|^(?:send|sends|put|give|fix|wants?|needs?|takes?|makes?|runs?|comes?|says?|told|tell|thinks?|feel|hear|agree|agreed|decided|asked|start|started|talk|talking|meet|join|joining|loop|thanks|yes|sounds|works|doing|having|being|using|sit|seems?|let|lets|gets?|goes|went|keep|try|trying)$")]
    private static partial Regex Verbish();
}
