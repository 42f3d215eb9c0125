using System.Globalization;
using System.Text.RegularExpressions;

namespace Cairn.Sources;

/// <summary>
/// Markdown sources: notes (front matter kept in <see cref="SourceDocument.Metadata"/>, the rest as the body),
/// Granola transcripts synced to Markdown (<c>## You (ISO time)</c> / <c>## Guest (…)</c> blocks), and
/// transcripts pasted as Markdown speaker lines (<c>**Name:** words</c>).
/// </summary>
internal static partial class MarkdownReader
{
    public static SourceReadResult Read(string fileName, string text)
    {
        var front = SourceFrontmatter.Split(text);
        var header = Header(front);
        var metadata = new Dictionary<string, string>(front.Values, StringComparer.OrdinalIgnoreCase);

        if (GranolaBlocks(front.Body, front) is { Count: > 0 } blocks)
        {
            metadata["layout"] = "granola-transcript";
            metadata["segments"] = blocks.Count.ToString(CultureInfo.InvariantCulture);
            return SourceReadResult.Ok(DocumentAssembly.Transcript(fileName, "md/granola-transcript", header, blocks, metadata));
        }

        if (PlainTextTranscriptReader.Read(fileName, front.Body, "md") is { } transcript)
        {
            foreach (var (key, value) in transcript.Metadata ?? new Dictionary<string, string>())
            {
                metadata[key] = value;
            }

            return SourceReadResult.Ok(transcript with
            {
                Title = header.Title ?? transcript.Title,
                Date = header.Date ?? transcript.Date,
                Participants = header.Participants is { Count: > 0 } p ? p : transcript.Participants,
                Metadata = metadata,
            });
        }

        metadata["layout"] = front.Values.ContainsKey("granola_id") ? "granola-note" : "notes";
        var title = header.Title ?? FirstHeading(front.Body);
        return SourceReadResult.Ok(PlainTextReader.Notes(fileName, front.Body, $"md/{metadata["layout"]}", header with { Title = title }, metadata));
    }

    private static SourceHeader Header(SourceFrontmatter.Result front)
    {
        var title = Value(front, "title") is { } t ? TranscriptHeaderParser.CleanTitle(t, out _) : null;
        DateOnly? date = null;
        foreach (var key in new[] { "date", "created_at", "created", "start", "meeting_date" })
        {
            if (Value(front, key) is { } raw && DateText.TryFind(raw, out var d))
            {
                date = d;
                break;
            }
        }

        List<Participant>? participants = null;
        foreach (var key in new[] { "attendees", "participants", "people" })
        {
            if (front.Lists.TryGetValue(key, out var list))
            {
                participants = list.Select(SpeakerNames.Clean).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Select(n => new Participant(n)).ToList();
                break;
            }

            if (Value(front, key) is { } line)
            {
                participants = DocumentAssembly.ParseNameList(line);
                break;
            }
        }

        return new SourceHeader(title, date, participants);
    }

    private static string? Value(SourceFrontmatter.Result front, string key) =>
        front.Values.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    private static List<Utterance> GranolaBlocks(string body, SourceFrontmatter.Result front)
    {
        var result = new List<Utterance>();
        var matches = GranolaHeading().Matches(body);
        if (matches.Count == 0)
        {
            return result;
        }

        DateTimeOffset? origin = Value(front, "created_at") is { } created && DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var c) ? c : null;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var end = i + 1 < matches.Count ? matches[i + 1].Index : body.Length;
            var words = string.Join(' ', body[(m.Index + m.Length)..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            TimeSpan? start = null;
            if (DateTimeOffset.TryParse(m.Groups["at"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                origin ??= at;
                start = at - origin.Value;
            }

            if (words.Length > 0)
            {
                result.Add(new Utterance(SpeakerNames.Clean(m.Groups["speaker"].Value), start, words));
            }
        }

        return result;
    }

    private static string? FirstHeading(string body)
    {
        var match = Heading().Match(body);
        return match.Success ? match.Groups["text"].Value.Trim() : null;
    }

    // "## You (2005-03-02T10:00:03.552Z)"
    [GeneratedRegex(@"^##[ \t]+(?<speaker>[^(\n]{1,60}?)[ \t]+\((?<at>\d{4}-\d{2}-\d{2}T[^)\n]{1,40})\)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex GranolaHeading();

    [GeneratedRegex(@"^#[ \t]+(?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
