namespace Cairn.Extraction.Offline;

/// <summary>
/// The trigger phrases of a list of rules in one trie: one pass over a sentence says which rules' phrases it
/// holds (bit i for rule i), case aside; a rule without phrases (null) is always seen. Each rule used to search the sentence for its own phrases; fifteen
/// searches per sentence cost more than the patterns they spared (#22, docs/benchmarks.md).
/// </summary>
/// <remarks>
/// At least as permissive as an ordinal ignore-case search and as the patterns' own case rules: a character
/// outside ASCII that folds to an ASCII letter ("ı", the Kelvin sign) counts as that letter. A false "seen" only
/// costs a pattern run; a missed one would lose a task. The trie is one flat table, a row per node and a column
/// per character the phrases use, so each step of the walk is one lookup.
/// </remarks>
internal sealed class TriggerIndex
{
    private const int Dead = 0;
    private const int Root = 0;

    // Column of each folded ASCII character; 0 for a character no phrase holds (its column always leads nowhere).
    private readonly byte[] column = new byte[128];
    private readonly int width;
    private readonly int[] next;
    private readonly ulong[] masks;

    // Rules without phrases: always seen (their patterns run on every sentence).
    private readonly ulong always;

    public TriggerIndex(IReadOnlyList<TriggerPhrases?> rules)
    {
        if (rules.Count > 64)
        {
            throw new ArgumentException($"{rules.Count} rules: a mask holds 64", nameof(rules));
        }

        for (var i = 0; i < rules.Count; i++)
        {
            always |= rules[i] is null ? 1UL << i : 0;
        }

        var phrases = rules.SelectMany((r, i) => (r?.Phrases ?? []).Select(p => (Phrase: p, Rule: i))).ToList();
        foreach (var (phrase, _) in phrases)
        {
            if (phrase.Length == 0 || phrase.Any(c => c >= 128))
            {
                throw new ArgumentException($"'{phrase}': a trigger phrase is non-empty ASCII", nameof(rules));
            }
        }

        var used = phrases.SelectMany(p => p.Phrase.Select(Fold)).Distinct().Order().ToList();
        for (var i = 0; i < used.Count; i++)
        {
            column[used[i]] = (byte)(i + 1);
        }

        width = used.Count + 1;
        var rows = new List<int[]> { new int[width] };
        var ends = new List<ulong> { 0 };
        foreach (var (phrase, rule) in phrases)
        {
            var node = Root;
            foreach (var c in phrase)
            {
                var col = column[Fold(c)];
                if (rows[node][col] == Dead)
                {
                    rows.Add(new int[width]);
                    ends.Add(0);
                    rows[node][col] = rows.Count - 1;
                }

                node = rows[node][col];
            }

            ends[node] |= 1UL << rule;
        }

        next = rows.SelectMany(r => r).ToArray();
        masks = [.. ends];
    }

    /// <summary>Bit i is set when the text holds one of rule i's phrases, or rule i has none.</summary>
    public ulong Scan(ReadOnlySpan<char> text)
    {
        var seen = always;
        for (var start = 0; start < text.Length; start++)
        {
            var node = Root;
            for (var k = start; k < text.Length; k++)
            {
                node = next[(node * width) + Column(text[k])];
                if (node == Dead)
                {
                    break;
                }

                seen |= masks[node];
            }
        }

        return seen;
    }

    private int Column(char c)
    {
        var folded = Fold(c);
        return folded < 128 ? column[folded] : 0;
    }

    /// <summary>ASCII letters in lower case; a character outside ASCII as the ASCII letter it folds to, if any.</summary>
    private static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        var lower = char.ToLowerInvariant(c);
        if (lower < 128)
        {
            return lower;
        }

        var upper = char.ToUpperInvariant(c);
        return upper is >= 'A' and <= 'Z' ? (char)(upper | 0x20) : c;
    }
}
