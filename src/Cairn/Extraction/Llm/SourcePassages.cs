using Cairn.Extraction.Offline;
using Cairn.Sources;

namespace Cairn.Extraction.Llm;

/// <summary>
/// What of a source the model is shown: each utterance of a transcript; the new text of an email (never what it
/// quotes, the same cut the offline extractor makes) or a note's body, by paragraph and list item, said by the sender.
/// </summary>
public static class SourcePassages
{
    public static IReadOnlyList<Passage> Of(SourceDocument document)
    {
        if (document.Utterances.Count > 0)
        {
            return document.Utterances
                .Where(u => !string.IsNullOrWhiteSpace(u.Text))
                .Select(u => new Passage(u.Speaker.Trim(), u.Start, OneLine(u.Text)))
                .ToList();
        }

        var speaker = document.Email?.From.Name ?? string.Empty;
        return NoteBody.Of(document).Select(b => new Passage(speaker, null, OneLine(b.Text))).Where(p => p.Text.Length > 0).ToList();
    }

    /// <summary>The line the model sees for a passage: <c>Speaker: text</c>, no timestamps (they cost tokens and carry nothing to extract).</summary>
    public static string Line(Passage passage) => passage.Speaker.Length > 0 ? $"{passage.Speaker}: {passage.Text}" : passage.Text;

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
