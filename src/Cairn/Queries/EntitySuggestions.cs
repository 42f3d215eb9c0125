using Cairn.Index;

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
        return [.. Names(index)
            .Select(n => (Name: n.Name, Score: n.Keys.Min(k => Score(key, words, k))))
            .Where(n => n.Score < int.MaxValue)
            .OrderBy(n => n.Score).ThenBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .Select(n => n.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(limit)];
    }

    /// <summary>Lower is closer; <see cref="int.MaxValue"/> is not close at all.</summary>
    private static int Score(string key, string[] words, string candidate)
    {
        var distance = Distance(key, candidate);
        if (distance <= Math.Max(1, key.Length / 4))
        {
            return distance;
        }

        if (candidate.Contains(key, StringComparison.Ordinal) || key.Contains(candidate, StringComparison.Ordinal))
        {
            return 10;
        }

        var theirs = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w.Length > 2 && theirs.Any(t => t == w || (w.Length > 4 && Distance(w, t) <= 1))) ? 20 : int.MaxValue;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static List<(string Name, List<string> Keys)> Names(VaultIndex index)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT e.name, e.name_key, (SELECT group_concat(alias_key, char(10)) FROM index_aliases a WHERE a.note_id = e.note_id) FROM index_entities e";
        var names = new List<(string, List<string>)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var keys = new List<string> { reader.GetString(1) };
            if (!reader.IsDBNull(2))
            {
                keys.AddRange(reader.GetString(2).Split('\n'));
            }

            names.Add((reader.GetString(0), keys));
        }

        return names;
    }
}
