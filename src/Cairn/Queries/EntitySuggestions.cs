using Cairn.Index;
using Cairn.Resolution;

namespace Cairn.Queries;

/// <summary>For a name that matched no entity: the closest entity names (a word in common, one contains the other, or a few typos apart).</summary>
public static class EntitySuggestions
{
    public static IReadOnlyList<string> For(VaultIndex index, string wanted, int limit = 3)
    {
        var key = wanted.Trim().ToLowerInvariant();
        if (key.Length == 0)
        {
            return [];
        }

        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. EntityReads.NameKeys(index)
            .Select(n => (Name: n.Name, Score: n.Keys.Min(k => Score(key, words, k))))
            .Where(n => n.Score < int.MaxValue)
            .OrderBy(n => n.Score).ThenBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .Select(n => n.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(limit)];
    }

    /// <summary>Every entity whose name holds each word of <paramref name="wanted"/> as a whole word ("hannah", "okafor"), by name.</summary>
    public static IReadOnlyList<string> ByWord(VaultIndex index, string wanted)
    {
        var words = wanted.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [];
        }

        return [.. EntityReads.NameKeys(index)
            .Where(n => n.Keys.Any(k => words.All(w => k.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(w))))
            .Select(n => n.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Lower is closer; <see cref="int.MaxValue"/> is not close at all.</summary>
    private static int Score(string key, string[] words, string candidate)
    {
        var distance = EditDistance.Between(key, candidate);
        if (distance <= Math.Max(1, key.Length / 4))
        {
            return distance;
        }

        if (candidate.Contains(key, StringComparison.Ordinal) || key.Contains(candidate, StringComparison.Ordinal))
        {
            return 10;
        }

        var theirs = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w.Length > 2 && theirs.Any(t => t == w || (w.Length > 4 && EditDistance.Between(w, t) <= 1))) ? 20 : int.MaxValue;
    }
}
