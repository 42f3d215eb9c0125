using System.Text;
using System.Text.RegularExpressions;
using Cairn.Sources;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Cuts a source into sentences: utterances for transcripts (captions with almost no punctuation by
/// <see cref="CaptionSentences"/>); for email (its new text, never the quoted part) and
/// written notes, each paragraph and each list item on its own, marked as the text marks it (headings are no sentences).
/// </summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "e.g", "i.e", "inc", "corp", "ltd", "co", "jr", "sr", "approx", "no", "fig", "u.s",
    };

    public static IReadOnlyList<Sentence> Split(SourceDocument document)
    {
        var sentences = new List<Sentence>();
        if (document.Utterances.Count > 0)
        {
            var captions = CaptionSentences.AreUnpunctuated(document.Utterances);
            var names = captions ? CaptionSentences.NameWords(document.Participants.Select(p => p.Name)) : null;
            for (var turn = 0; turn < document.Utterances.Count; turn++)
            {
                var u = document.Utterances[turn];
                foreach (var text in names is not null ? CaptionSentences.Split(u.Text, names) : SplitText(u.Text))
                {
                    sentences.Add(new Sentence(text, u.Speaker.Trim(), u.Start, turn, sentences.Count));
                }
            }

            return sentences;
        }

        var speaker = document.Email?.From.Name ?? string.Empty;
        var paragraph = 0;
        foreach (var block in NoteBody.Of(document))
        {
            var first = true;
            foreach (var text in SplitText(block.Text))
            {
                sentences.Add(new Sentence(text, speaker, null, paragraph, sentences.Count)
                {
                    Mark = first ? block.Mark : ListMark.None,
                    UnderActionHeading = block.UnderActionHeading,
                });
                first = false;
            }

            paragraph++;
        }

        return sentences;
    }

    /// <summary>Sentences of one run of text; abbreviations, initials and decimals do not end a sentence.</summary>
    public static IEnumerable<string> SplitText(string text)
    {
        var normalized = Whitespace().Replace(text, " ").Trim();
        var start = 0;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            while (i + 1 < normalized.Length && normalized[i + 1] is '.' or '!' or '?' or '"' or '\'' or ')')
            {
                i++;
            }

            var atEnd = i + 1 >= normalized.Length;
            if (!atEnd && (normalized[i + 1] != ' ' || IsNonBreaking(normalized, start, i)))
            {
                continue;
            }

            var piece = normalized[start..(i + 1)].Trim();
            if (piece.Length > 0)
            {
                yield return piece;
            }

            start = i + 1;
        }

        var rest = normalized[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    private static bool IsNonBreaking(string text, int start, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > start && text[wordStart - 1] != ' ')
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])))
        {
            return true;
        }

        // A lower-case continuation means the dot was not a sentence end ("approx. 40").
        return dot + 2 < text.Length && char.IsLower(text[dot + 2]) && Abbreviations.Contains(word.TrimEnd('.'));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
