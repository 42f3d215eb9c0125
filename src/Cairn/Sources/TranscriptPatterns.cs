using System.Text.RegularExpressions;

namespace Cairn.Sources;

/// <summary>The line shapes of pasted and exported text transcripts, in one place so the layouts stay comparable.</summary>
internal static partial class TranscriptPatterns
{
    public static bool IsBoilerplate(string line) =>
        line.StartsWith("Transcribed by https://otter.ai", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("This editable transcript was computer generated", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("Transcription ended after", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("# Transcription ended after", StringComparison.OrdinalIgnoreCase)
        || line is "Transcript" or "📖 Transcript" or "Attendees"
        || (line.Contains("transcri", StringComparison.OrdinalIgnoreCase) && TranscriptionNotice().IsMatch(line));

    // Optional name, two or more spaces (a tab, or one space before a clock), then M:SS or H:MM:SS, nothing after.
    [GeneratedRegex(@"^(?:(?<name>\S(?:[^\t]{0,60}?\S)?)(?:[ \t]{2,}|\t| (?=\d{1,2}:\d\d\s*$)))?(?<t>\d{1,2}(?::\d{2}){1,2})$")]
    public static partial Regex Heading();

    // [00:01:02] Name: words | 00:01:02 Name: words | **Name**: words | **Name:** words | Name (00:01): words | Name: words
    // A name may carry a long bracket after it: "Hon. Carla Qualtrough (Minister of Employment, Workforce Development…):".
    [GeneratedRegex(@"^(?:\[(?<t>\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?)\]\s*(?:-\s*)?|(?<t>\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?)\s+(?:-\s+)?)?(?:\*\*(?<name>[^*:\n]{1,60})\*\*\s*:|\*\*(?<name>[^*:\n]{1,60}):\*\*|(?<name>[^:*\[\]\n]{1,60}?(?:\s*\((?!\d{1,2}:)[^:\n]{1,110}\))?)(?:\s*(?<t>[(\[]\d{1,2}(?::\d{2}){1,2}[)\]]))?\s*:)(?:\s+(?<text>.*)|$)")]
    public static partial Regex SpeakerLine();

    // "Alastair started transcription", "Ana ha iniciado la transcripción", "X stopped transcription".
    [GeneratedRegex(@"^\S.{0,80}\b(?:started|stopped|ha iniciado la|ha detenido la|a démarré la|a arrêté la|hat die)\s+transcri\w*(?:\s+\w+)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TranscriptionNotice();

    // "2m 5s", "27m 42s", "1h 3m 12s": the duration line under a Teams transcript's date.
    [GeneratedRegex(@"^(?:\d+h\s*)?(?:\d+m\s*)?(?:\d+s)?$")]
    public static partial Regex Duration();
}
