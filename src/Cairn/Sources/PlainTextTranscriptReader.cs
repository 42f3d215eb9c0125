using System.Globalization;

namespace Cairn.Sources;

/// <summary>
/// Transcripts as people paste and export them as text: Otter (<c>Name  0:04</c> then the words), speaker lines
/// (<c>Name: words</c>, <c>[00:01:02] Name: words</c>, <c>**Name**: words</c>), Google Meet (classic and Gemini),
/// each with or without a header block. Returns null when the text holds no transcript (then it is notes).
/// </summary>
internal static class PlainTextTranscriptReader
{
    public static SourceDocument? Read(string fileName, string text, string container)
    {
        var lines = text.Split('\n');
        var classified = new TranscriptLine[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            classified[i] = TranscriptLine.Classify(lines[i]);
        }

        var layout = ChooseLayout(classified);
        if (layout == TranscriptLayout.None)
        {
            return null;
        }

        var trusted = layout == TranscriptLayout.SpeakerLines ? TrustedLabels(classified) : null;
        var first = FirstTurn(classified, layout, trusted);
        var header = TranscriptHeaderParser.Parse(lines[..first]);
        var utterances = layout == TranscriptLayout.Headings
            ? BuildFromHeadings(classified, first)
            : BuildFromSpeakerLines(classified, first, trusted!);
        if (utterances.Count == 0)
        {
            return null;
        }

        var metadata = new Dictionary<string, string>
        {
            ["layout"] = LayoutName(layout, classified, lines),
            ["segments"] = utterances.Count.ToString(CultureInfo.InvariantCulture),
        };
        return DocumentAssembly.Transcript(fileName, $"{container}/{metadata["layout"]}", header, utterances, metadata);
    }

    private static TranscriptLayout ChooseLayout(TranscriptLine[] lines)
    {
        int headings = 0, speakerLines = 0, offsets = 0, content = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            switch (lines[i].Kind)
            {
                case TranscriptLineKind.SpeakerHeading when FollowedByText(lines, i):
                    headings++;
                    break;
                case TranscriptLineKind.Offset when FollowedByText(lines, i):
                    offsets++;
                    break;
                case TranscriptLineKind.SpeakerLine:
                    speakerLines++;
                    break;
            }

            if (lines[i].Kind is TranscriptLineKind.Text or TranscriptLineKind.SpeakerLine)
            {
                content++;
            }
        }

        if (headings > 0 && headings >= speakerLines / 2)
        {
            return TranscriptLayout.Headings;
        }

        // Speaker lines must dominate the prose, or "Note: ..." in meeting notes would make a transcript.
        if (speakerLines >= 2 && speakerLines * 5 >= content * 2)
        {
            return TranscriptLayout.SpeakerLines;
        }

        return speakerLines == 0 && offsets >= 2 ? TranscriptLayout.Headings : TranscriptLayout.None;
    }

    private static bool FollowedByText(TranscriptLine[] lines, int index)
    {
        for (var j = index + 1; j < lines.Length; j++)
        {
            if (lines[j].Kind != TranscriptLineKind.Blank)
            {
                return lines[j].Kind is TranscriptLineKind.Text or TranscriptLineKind.SpeakerLine;
            }
        }

        return false;
    }

    /// <summary>A label is trusted when it recurs or is written like a name; one-off "So the plan:" is prose.</summary>
    private static HashSet<string> TrustedLabels(TranscriptLine[] lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Kind == TranscriptLineKind.SpeakerLine)
            {
                counts[line.Speaker] = counts.GetValueOrDefault(line.Speaker) + 1;
            }
        }

        return counts.Where(c => c.Value >= 2 || LooksLikeName(c.Key)).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static bool LooksLikeName(string label) =>
        label.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]));

    private static int FirstTurn(TranscriptLine[] lines, TranscriptLayout layout, HashSet<string>? trusted)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var isTurn = layout == TranscriptLayout.Headings
                ? lines[i].Kind is TranscriptLineKind.SpeakerHeading || (lines[i].Kind == TranscriptLineKind.Offset && FollowedByText(lines, i) && !HasHeadings(lines))
                : lines[i].Kind == TranscriptLineKind.SpeakerLine && trusted!.Contains(lines[i].Speaker);
            if (isTurn)
            {
                return i;
            }
        }

        return lines.Length;
    }

    private static bool HasHeadings(TranscriptLine[] lines) => Array.Exists(lines, l => l.Kind == TranscriptLineKind.SpeakerHeading);

    private static List<Utterance> BuildFromHeadings(TranscriptLine[] lines, int first)
    {
        var named = HasHeadings(lines);
        var result = new List<Utterance>();
        string? speaker = null;
        TimeSpan? start = null;
        var text = new List<string>();
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i];
            var opens = line.Kind == TranscriptLineKind.SpeakerHeading || (!named && line.Kind == TranscriptLineKind.Offset);
            if (opens)
            {
                Flush(result, speaker, start, text);
                speaker = line.Kind == TranscriptLineKind.SpeakerHeading ? line.Speaker : SpeakerNames.Unknown;
                start = line.Start;
            }
            else if (line.Kind is TranscriptLineKind.Text or TranscriptLineKind.SpeakerLine && speaker is not null)
            {
                text.Add(line.Kind == TranscriptLineKind.Text ? line.Text : RawText(line));
            }
        }

        Flush(result, speaker, start, text);
        return result;
    }

    private static List<Utterance> BuildFromSpeakerLines(TranscriptLine[] lines, int first, HashSet<string> trusted)
    {
        var result = new List<Utterance>();
        string? speaker = null;
        TimeSpan? start = null;
        TimeSpan? mark = null;
        var text = new List<string>();
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Kind == TranscriptLineKind.SpeakerLine && trusted.Contains(line.Speaker))
            {
                Flush(result, speaker, start, text);
                speaker = line.Speaker;
                start = line.Start ?? mark;
                mark = null;
                text.Add(line.Text);
            }
            else if (line.Kind == TranscriptLineKind.Offset)
            {
                mark = line.Start;
            }
            else if (line.Kind is TranscriptLineKind.Text or TranscriptLineKind.SpeakerLine && speaker is not null)
            {
                text.Add(line.Kind == TranscriptLineKind.Text ? line.Text : RawText(line));
            }
        }

        Flush(result, speaker, start, text);
        return result;
    }

    private static string RawText(TranscriptLine line) => $"{line.Speaker}: {line.Text}";

    private static void Flush(List<Utterance> result, string? speaker, TimeSpan? start, List<string> text)
    {
        var joined = string.Join(' ', text.Where(t => t.Length > 0));
        text.Clear();
        if (speaker is not null && joined.Length > 0)
        {
            result.Add(new Utterance(speaker, start, joined));
        }
    }

    private static string LayoutName(TranscriptLayout layout, TranscriptLine[] classified, string[] lines)
    {
        if (layout == TranscriptLayout.Headings)
        {
            return HasHeadings(classified) ? "speaker-headings" : "offset-headings";
        }

        var boilerplate = classified.Where(l => l.Kind == TranscriptLineKind.Boilerplate).Select(l => l.Text).ToList();
        if (boilerplate.Exists(b => b.Contains("Transcription ended after", StringComparison.OrdinalIgnoreCase)))
        {
            return "google-meet-gemini";
        }

        return Array.Exists(lines, l => l.Trim() == "Attendees") && boilerplate.Exists(b => b.StartsWith("This editable", StringComparison.Ordinal))
            ? "google-meet-classic"
            : "speaker-lines";
    }

    private enum TranscriptLayout
    {
        None,
        Headings,
        SpeakerLines,
    }
}
