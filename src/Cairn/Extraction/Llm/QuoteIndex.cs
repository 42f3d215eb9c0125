using System.Text;
using Cairn.Extraction.Offline;

namespace Cairn.Extraction.Llm;

/// <summary>
/// Finds a model's quote in the source, tolerant of what a faithful copy may change: case, whitespace,
/// punctuation and spoken filler (the offline extractor's <see cref="FillerWords"/>, removed from both sides).
/// A quote must hold at least <see cref="MinimumWords"/> words, or be a whole passage, so "yes" grounds nothing.
/// </summary>
public sealed class QuoteIndex
{
    public const int MinimumWords = 3;

    private readonly IReadOnlyList<Passage> passages;
    private readonly string text;
    private readonly List<int> starts = [];
    private readonly string[] normalized;

    public QuoteIndex(IReadOnlyList<Passage> passages)
    {
        this.passages = passages;
        // Normalising is most of the cost on a long transcript, and each passage is its own work: spread over the cores.
        normalized = new string[passages.Count];
        Parallel.For(0, passages.Count, i => normalized[i] = Normalize(passages[i].Text));
        var all = new StringBuilder(" ");
        foreach (var words in normalized)
        {
            starts.Add(all.Length);
            all.Append(words).Append(" \u0001 ");
        }

        text = all.ToString();
    }

    /// <summary>The passage a quote comes from, or null when the source does not hold those words.</summary>
    public Passage? Find(string? quote)
    {
        if (string.IsNullOrWhiteSpace(quote))
        {
            return null;
        }

        var words = Normalize(quote);
        if (words.Length == 0)
        {
            return null;
        }

        var at = text.IndexOf(" " + words + " ", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var index = PassageAt(at + 1);
        var count = words.Count(c => c == ' ') + 1;
        return count >= MinimumWords || normalized[index] == words ? passages[index] : null;
    }

    /// <summary>Whether the source says these words anywhere (a due phrase, a name), with no minimum length.</summary>
    public bool Contains(string? words)
    {
        var normalized = string.IsNullOrWhiteSpace(words) ? string.Empty : Normalize(words);
        return normalized.Length > 0 && text.Contains(" " + normalized + " ", StringComparison.Ordinal);
    }

    private int PassageAt(int offset)
    {
        var index = starts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Lower-case words of letters and digits, filler removed, one space apart; an apostrophe joins ("don't" → "dont").</summary>
    internal static string Normalize(string value)
    {
        var cleaned = FillerWords.RemoveWords(value);
        var words = new StringBuilder(cleaned.Length);
        var inWord = false;
        foreach (var c in cleaned)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && words.Length > 0)
                {
                    words.Append(' ');
                }

                words.Append(char.ToLowerInvariant(c));
                inWord = true;
            }
            else if (c is not ('\'' or '’'))
            {
                inWord = false;
            }
        }

        return words.ToString();
    }
}
