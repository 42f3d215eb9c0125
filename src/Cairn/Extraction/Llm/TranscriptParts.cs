namespace Cairn.Extraction.Llm;

/// <summary>
/// Splits a source's passages into parts that each fit a token budget, at passage (utterance) boundaries, so no
/// one's sentence is cut in two. A single passage longer than the budget is cut between words, the only way it fits.
/// </summary>
public static class TranscriptParts
{
    public static IReadOnlyList<string> Split(IReadOnlyList<Passage> passages, int budget)
    {
        var lines = passages.Select(SourcePassages.Line).ToList();
        var whole = string.Join('\n', lines);

        // Most sources fit one request: one count of the whole text says so, and no line is counted on its own.
        // Text of more than ten characters per token of budget is not counted whole first: prose runs about four
        // characters to a token, so it cannot fit and would be counted twice.
        var counted = whole.Length <= (long)budget * 10;
        if (counted && TokenCounter.Count(whole) <= budget)
        {
            return [whole];
        }

        var parts = new List<string>();
        var current = new List<string>();
        var used = 0;
        long total = 0;
        // Counting is most of the split's cost, and each line is counted on its own: spread over the cores.
        var counts = new int[lines.Count];
        Parallel.For(0, lines.Count, i => counts[i] = TokenCounter.Count(lines[i]));
        foreach (var (line, count) in lines.SelectMany((l, i) => Pieces(l, counts[i], budget)))
        {
            var tokens = count + 1;
            total += count;
            if (current.Count > 0 && used + tokens > budget)
            {
                parts.Add(string.Join('\n', current));
                current.Clear();
                used = 0;
            }

            current.Add(line);
            used += tokens;
        }

        if (current.Count > 0)
        {
            parts.Add(string.Join('\n', current));
        }

        // Dense text the length test let through (long runs of one character make few tokens) may fit after all:
        // the lines' own counts say whether it can, and then one count of the whole decides.
        return !counted && parts.Count > 1 && total <= budget && TokenCounter.Count(whole) <= budget ? [whole] : parts;
    }

    /// <summary>The line with its token count, or, for a line longer than the budget, its pieces cut between words.</summary>
    private static IEnumerable<(string Text, int Tokens)> Pieces(string line, int count, int budget)
    {
        if (count <= budget)
        {
            yield return (line, count);
            yield break;
        }

        var piece = new List<string>();
        var used = 0;
        foreach (var word in line.Split(' '))
        {
            var tokens = TokenCounter.Count(word) + 1;
            if (piece.Count > 0 && used + tokens > budget)
            {
                yield return (string.Join(' ', piece), used);
                piece.Clear();
                used = 0;
            }

            piece.Add(word);
            used += tokens;
        }

        if (piece.Count > 0)
        {
            yield return (string.Join(' ', piece), used);
        }
    }
}
