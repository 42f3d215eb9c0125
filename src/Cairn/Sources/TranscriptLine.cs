using System.Text.RegularExpressions;

namespace Cairn.Sources;

/// <summary>How one line of a pasted transcript reads.</summary>
internal enum TranscriptLineKind
{
    Text,
    Blank,
    /// <summary><c>Name  0:04</c> (Otter, Teams .docx): a speaker and an offset, the words on the next lines.</summary>
    SpeakerHeading,
    /// <summary><c>Name: words</c>, <c>[00:01:02] Name: words</c>, <c>**Name**: words</c>.</summary>
    SpeakerLine,
    /// <summary>A bare offset (<c>00:35:00</c>): Google Meet's minute marks, Otter without speaker names.</summary>
    Offset,
    /// <summary>Export boilerplate: footers, disclaimers, "started transcription".</summary>
    Boilerplate,
}

/// <summary>One classified line: its kind, and the speaker, offset and words when it has them.</summary>
internal readonly record struct TranscriptLine(TranscriptLineKind Kind, string Speaker, TimeSpan? Start, string Text)
{
    // The colon of a speaker line comes within this many characters: a timestamp, a name and a bracket after it.
    private const int MaxLabel = 200;

    public static TranscriptLine Classify(string raw)
    {
        var line = raw.Trim();
        if (line.Length == 0)
        {
            return new(TranscriptLineKind.Blank, string.Empty, null, string.Empty);
        }

        if (line.Length > 2000)
        {
            return new(TranscriptLineKind.Text, string.Empty, null, line);
        }

        if (TranscriptPatterns.IsBoilerplate(line))
        {
            return new(TranscriptLineKind.Boilerplate, string.Empty, null, line);
        }

        // Cheap shape checks first: most lines are words, and the patterns below cost microseconds each.
        var heading = char.IsAsciiDigit(line[^1]) ? TranscriptPatterns.Heading().Match(line) : Match.Empty;
        if (heading.Success && Timestamps.TryParse(heading.Groups["t"].Value, out var headingTime))
        {
            var name = heading.Groups["name"].Value;
            if (name.Length == 0)
            {
                return new(TranscriptLineKind.Offset, string.Empty, headingTime, string.Empty);
            }

            if (SpeakerNames.IsPlausible(name))
            {
                return new(TranscriptLineKind.SpeakerHeading, SpeakerNames.Clean(name), headingTime, string.Empty);
            }
        }

        var colon = line.AsSpan(0, Math.Min(line.Length, MaxLabel)).IndexOf(':');
        var speaker = colon > 0 ? TranscriptPatterns.SpeakerLine().Match(line) : Match.Empty;
        if (speaker.Success && SpeakerNames.IsPlausible(speaker.Groups["name"].Value))
        {
            return new(TranscriptLineKind.SpeakerLine, SpeakerNames.Clean(speaker.Groups["name"].Value), Offset(speaker), speaker.Groups["text"].Value.Trim());
        }

        return new(TranscriptLineKind.Text, string.Empty, null, line);
    }

    private static TimeSpan? Offset(Match match)
    {
        var t = match.Groups["t"];
        return t.Success && Timestamps.TryParse(t.Value.Trim('[', ']', '(', ')'), out var value) ? value : null;
    }
}
