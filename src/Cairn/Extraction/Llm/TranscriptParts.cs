namespace Cairn.Extraction.Llm;

/// <summary>
/// Splits a source's passages into parts that each fit a token budget, at passage (utterance) boundaries, so no
/// one's sentence is cut in two. A single passage longer than the budget is cut between words, the only way it fits.
/// </summary>
public static class TranscriptParts
{
    public static IReadOnlyList<string> Split(IReadOnlyList<Passage> passages, int budget)
    {
        var parts = new List<string>();
        var current = new List<string>();
        var used = 0;
        foreach (var line in passages.SelectMany(p => Pieces(SourcePassages.Line(p), budget)))
        {
            var tokens = TokenCounter.Count(line) + 1;
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

        return parts;
    }

    private static IEnumerable<string> Pieces(string line, int budget)
    {
        if (TokenCounter.Count(line) <= budget)
        {
            yield return line;
            yield break;
        }

        var piece = new List<string>();
        var used = 0;
        foreach (var word in line.Split(' '))
        {
            var tokens = TokenCounter.Count(word) + 1;
            if (piece.Count > 0 && used + tokens > budget)
            {
                yield return string.Join(' ', piece);
                piece.Clear();
                used = 0;
            }

            piece.Add(word);
            used += tokens;
        }

        if (piece.Count > 0)
        {
            yield return string.Join(' ', piece);
        }
    }
}
