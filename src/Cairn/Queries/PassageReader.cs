using System.Globalization;
using Cairn.Extraction.Offline;
using Cairn.Notes;
using Cairn.Sources;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Queries;

/// <summary>
/// Cuts a meeting into passages for <c>cairn ask</c>: each line of its note that holds text (a summary sentence,
/// an action item, a decision, a fact, the attendees), and each utterance of its archived source with the ones
/// around it as context (each line of an email's or a document's text), so a detail that never made it into
/// the note can still be found. Passages come unscored; <see cref="PassageScore"/> ranks them.
/// </summary>
public static class PassageReader
{
    // Sections whose lines are links or keyword lists, or an entity note's copies of its meetings' lines (the meetings are read themselves).
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { NoteSections.Related, NoteSections.RecentContext, NoteSections.OpenTasks, NoteSections.Topics };

    /// <summary>The passages of the note at <paramref name="path"/> (vault-relative) and its <c>source_ref</c> when it is a readable file in the vault.</summary>
    public static (IReadOnlyList<AskPassage> Note, string? SourceRef) FromNote(VaultPaths vault, string path, string title, string? date)
    {
        NoteDocument note;
        try
        {
            note = NoteDocument.Parse(RegularFile.ReadAllText(vault.Resolve(path), RegularFile.NoteLimit));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or VaultPathException or InvalidDataException)
        {
            return ([], null);
        }

        var passages = new List<AskPassage>();
        var participants = note.Frontmatter.GetList(NoteProperties.Participants).Select(NoteProperties.LinkedName).ToList();
        string? section = null;
        for (var i = 0; i < note.Lines.Count; i++)
        {
            if (note.LineKinds[i] != LineKind.Text)
            {
                continue;
            }

            var line = note.Lines[i].Trim();
            if (line.StartsWith('#'))
            {
                section = line.TrimStart('#').Trim();
                continue;
            }

            if (Quote(line) is not { } quote || (section is not null && Skipped.Contains(section)) || IsMirror(quote, path))
            {
                continue;
            }

            // "We decided X. — Hannah Okafor": the decision is the passage; its maker is not a sentence of it.
            if (string.Equals(section, NoteSections.Decisions, StringComparison.OrdinalIgnoreCase))
            {
                quote = DecisionLine.Read(quote, participants).Text;
            }

            foreach (var sentence in Sentences(quote))
            {
                passages.Add(new AskPassage(path, i + 1, path, title, date, null, null, section, sentence, quote, 0));
            }
        }

        return (passages, note.Frontmatter.GetString(NoteProperties.SourceRef));
    }

    /// <summary>The passages of an archived source (vault-relative), cited by their own path; none when it cannot be read or is outside the vault.</summary>
    public static IReadOnlyList<AskPassage> FromSource(VaultPaths vault, string sourceRef, string notePath, string title, string? date, ReaderOptions options)
    {
        if (vault.Check(sourceRef) is not null)
        {
            return [];
        }

        var full = vault.Resolve(sourceRef);
        var read = SourceReader.ReadFile(full, options);
        if (read.Document is not { } document)
        {
            return [];
        }

        var lines = FileLines(full, options.MaxBytes);
        var path = sourceRef.Replace('\\', '/');
        if (document.Utterances.Count > 0)
        {
            return Utterances(document.Utterances, lines, path, notePath, title, date);
        }

        var speaker = document.Email?.From.Name;
        var text = document.Text;
        var passages = new List<AskPassage>();
        foreach (var paragraph in text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var line in paragraph.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                if (Quote(line) is { } quote)
                {
                    passages.Add(new AskPassage(path, LineOf(lines, quote), notePath, title, date, speaker, null, null, quote, OneLine(paragraph), 0));
                }
            }
        }

        return passages;
    }

    private static List<AskPassage> Utterances(IReadOnlyList<Utterance> utterances, string[] lines, string path, string notePath, string title, string? date)
    {
        var passages = new List<AskPassage>(utterances.Count);
        for (var i = 0; i < utterances.Count; i++)
        {
            var u = utterances[i];
            if (string.IsNullOrWhiteSpace(u.Text))
            {
                continue;
            }

            var context = string.Join('\n', utterances.Skip(Math.Max(0, i - 1)).Take(i == 0 ? 2 : 3).Select(w => $"{w.Speaker}: {w.Text.Trim()}"));
            var quote = u.Text.Trim();
            passages.Add(new AskPassage(path, LineOf(lines, quote), notePath, title, date, Blank(u.Speaker), Time(u.Start), null, quote, context, 0));
        }

        return passages;
    }

    /// <summary>"mm:ss" from the start of the recording, "h:mm:ss" past the first hour.</summary>
    public static string? Time(TimeSpan? start) => start is not { } t ? null
        : t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : t.ToString(@"mm\:ss", CultureInfo.InvariantCulture);

    /// <summary>The words of a note line without its list marker or checkbox; null for a line with nothing to say.</summary>
    private static string? Quote(string line)
    {
        var text = line;
        if (text.StartsWith("- [", StringComparison.Ordinal) && text.Length > 5 && text[4] == ']')
        {
            text = text[5..];
        }
        else if (text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("* ", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        text = text.Trim();
        return text.Length < 3 || text == "---" || text.StartsWith("*Source:", StringComparison.Ordinal) || text.StartsWith("> ", StringComparison.Ordinal) && text.Length < 5
            ? null : text;
    }

    /// <summary>An entity note's line that repeats a meeting's, <c>text ([[meeting|date]])</c>.</summary>
    private static bool IsMirror(string quote, string path) => MeetingItems.FromEntityNote(new Index.NoteItem(string.Empty, 0, quote), path).Date is not null;

    /// <summary>A line of several sentences in sentences, each one still found verbatim in the line.</summary>
    private static IEnumerable<string> Sentences(string line)
    {
        if (line.Length <= 80)
        {
            return [line];
        }

        var sentences = SentenceSplitter.SplitText(line).Where(s => line.Contains(s, StringComparison.Ordinal)).ToList();
        return sentences.Count > 0 ? sentences : [line];
    }

    private static string[] FileLines(string path, long maxBytes)
    {
        try
        {
            return RegularFile.ReadAllText(path, maxBytes).Split('\n');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return [];
        }
    }

    /// <summary>
    /// The first line of the file holding <paramref name="quote"/>'s opening words, up to its first sentence's end (a
    /// speaker's cues in a row are one utterance, and the second cue is on another line); null when the file
    /// encodes it otherwise.
    /// </summary>
    private static int? LineOf(string[] lines, string quote)
    {
        var end = quote.IndexOfAny(['.', '?', '!']);
        var probe = quote[..Math.Min(quote.Length, end > 0 ? Math.Min(end + 1, 40) : 40)];
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(probe, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static string? Blank(string speaker) => string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim();

    private static string OneLine(string text) => string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
