using System.Text.RegularExpressions;

namespace Cairn.Sources;

/// <summary>
/// Reads the lines above the first utterance: a title line, a date line, a <c>Participants:</c> or
/// <c>Attendees</c> line, and export decorations (Google Meet's and Teams' title suffixes, durations).
/// </summary>
internal static partial class TranscriptHeaderParser
{
    private const int MaxTitle = 160;

    public static SourceHeader Parse(IReadOnlyList<string> lines)
    {
        string? title = null;
        DateOnly? date = null;
        List<Participant>? participants = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || TranscriptPatterns.Duration().IsMatch(line) || TranscriptPatterns.Heading().IsMatch(line))
            {
                continue;
            }

            var key = HeaderKey().Match(line);
            if (key.Success)
            {
                var value = key.Groups["value"].Value.Trim();
                switch (key.Groups["key"].Value.ToLowerInvariant())
                {
                    case "participants" or "attendees" or "present" or "speakers" or "attendee":
                        if (value.Length == 0 && NextNonBlank(lines, i) is var next and >= 0)
                        {
                            value = lines[next].Trim();
                            i = next;
                        }

                        participants ??= DocumentAssembly.ParseNameList(value);
                        continue;
                    case "date" or "when":
                        if (DateText.TryFind(value, out var keyed))
                        {
                            date ??= keyed;
                        }

                        continue;
                    default:
                        title ??= value.Length > 0 ? value : null;
                        continue;
                }
            }

            if (DateText.IsDateLine(line, out var lineDate))
            {
                date ??= lineDate;
                continue;
            }

            // A paragraph of speech above the first utterance is no title: the file name's title is better than 1,700 characters.
            if (title is null && line.Length <= MaxTitle && !TranscriptPatterns.IsBoilerplate(line))
            {
                title = CleanTitle(line, out var titleDate);
                date ??= titleDate;
            }
        }

        return new SourceHeader(title, date, participants);
    }

    /// <summary>A <c>Key: value</c> header line (a list key may stand alone, as Google Meet's "Attendees").</summary>
    public static bool IsKeyLine(string line) => HeaderKey().IsMatch(line);

    /// <summary>Strips export decorations from a title line, keeping any date they carry.</summary>
    public static string CleanTitle(string line, out DateOnly? date)
    {
        date = null;
        var title = line.Trim().TrimStart('#', ' ');
        var teams = TeamsDocxTitle().Match(title);
        if (teams.Success)
        {
            date = DateText.TryFind(teams.Groups["stamp"].Value, out var d) ? d : null;
            return teams.Groups["title"].Value.Trim();
        }

        var meet = MeetTitle().Match(title);
        if (meet.Success)
        {
            date = DateText.TryFind(meet.Groups["when"].Value, out var d) ? d : null;
            return meet.Groups["title"].Value.Trim();
        }

        title = TranscriptSuffix().Replace(title, string.Empty);
        title = TranscriptPrefix().Replace(title, string.Empty);
        return title.Trim();
    }

    private static int NextNonBlank(IReadOnlyList<string> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (lines[j].Trim().Length > 0)
            {
                return j;
            }
        }

        return -1;
    }

    // The list keys may stand alone on their line (Google Meet's "Attendees"); the others need a colon.
    [GeneratedRegex(@"^\**(?<key>Participants|Attendees|Attendee|Present|Speakers)\**\s*(?::\**\s*(?<value>.*)|$)|^\**(?<key>Date|When|Title|Subject|Meeting|Topic)\**\s*:\**\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderKey();

    // "Web Governance-20260615_133555-Meeting Transcript" (Teams .docx)
    [GeneratedRegex(@"^(?<title>.*?)-(?<stamp>\d{8})_\d{6}-Meeting Transcript$")]
    private static partial Regex TeamsDocxTitle();

    // "PromETL (2024-03-14 14:12 GMT+1) - Transcript" and "Sync - 2024/11/19 12:00 EST - Transcript" (Google Meet)
    [GeneratedRegex(@"^(?<title>.*?)\s*(?:\((?<when>\d{4}-\d{2}-\d{2}[^)]*)\)|-\s+(?<when>\d{4}/\d{2}/\d{2}[^-]*))\s*-\s*Transcript$")]
    private static partial Regex MeetTitle();

    [GeneratedRegex(@"\s+-\s+Transcript$", RegexOptions.IgnoreCase)]
    private static partial Regex TranscriptSuffix();

    [GeneratedRegex(@"^Transcript for:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TranscriptPrefix();
}
