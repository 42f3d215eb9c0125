using System.Text.RegularExpressions;

namespace Cairn.Sources;

/// <summary>
/// Fills what a source leaves out, the same way for every reader: the title from the file name, the date from a
/// <c>YYYY-MM-DD</c> file-name prefix, the participants from the distinct speakers.
/// </summary>
internal static partial class DocumentAssembly
{
    public static SourceDocument Transcript(
        string fileName,
        string format,
        SourceHeader header,
        IReadOnlyList<Utterance> utterances,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        var participants = header.Participants is { Count: > 0 } listed ? listed : DistinctSpeakers(utterances);
        return new SourceDocument(
            fileName,
            format,
            SourceKind.Transcript,
            TitleOrFileName(header.Title, fileName),
            header.Date,
            participants,
            utterances,
            Metadata: metadata);
    }

    public static string TitleOrFileName(string? title, string fileName) =>
        string.IsNullOrWhiteSpace(title) ? TitleFromFileName(fileName) : title.Trim();

    /// <summary>The date a file name carries (see <see cref="DateText.TryFileName"/>), asked when the source gives none.</summary>
    public static DateOnly? FileNameDate(string fileName) =>
        DateText.TryFileName(Path.GetFileNameWithoutExtension(Path.GetFileName(fileName)), out var date, out _) ? date : null;

    /// <summary>
    /// <c>2025-11-12 - Northwind kickoff.txt</c> and <c>Northwind kickoff 2025-11-12.vtt</c> become <c>Northwind kickoff</c>;
    /// Zoom's <c>GMT20251112-150210_Recording.transcript.vtt</c> has no title (Untitled).
    /// </summary>
    public static string TitleFromFileName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName));
        if (DateText.TryFileName(name, out _, out var rest))
        {
            name = rest;
        }

        name = name.Trim(' ', '-', '_', '.', '–', '—');
        return name.Length == 0 ? "Untitled" : name;
    }

    public static List<Participant> DistinctSpeakers(IEnumerable<Utterance> utterances)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<Participant>();
        foreach (var utterance in utterances)
        {
            if (!SpeakerNames.IsAnonymous(utterance.Speaker) && seen.Add(utterance.Speaker))
            {
                result.Add(new Participant(utterance.Speaker));
            }
        }

        return result;
    }

    public static List<Participant> ParseNameList(string line)
    {
        var result = new List<Participant>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in NameSeparators().Split(line))
        {
            var name = SpeakerNames.Clean(part);
            if (name.Length > 0 && !IsPseudoAttendee(name) && seen.Add(name))
            {
                result.Add(new Participant(name));
            }
        }

        return result;
    }

    /// <summary>Google Meet lists presentations, note-taker bots and rooms as attendees; none is a person.</summary>
    private static bool IsPseudoAttendee(string name) =>
        name.EndsWith("'s Presentation", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("’s Presentation", StringComparison.OrdinalIgnoreCase)
        || name.Contains("meeting notes", StringComparison.OrdinalIgnoreCase)
        || name.Contains("notetaker", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Meeting Room", StringComparison.OrdinalIgnoreCase)
        || name.Length > 80;

    [GeneratedRegex(@"\s*(?:[,;]|\band\b|&)\s*")]
    private static partial Regex NameSeparators();
}
