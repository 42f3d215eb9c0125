using System.Text.RegularExpressions;
using Cairn.Sources;

namespace Cairn.Extraction.Offline;

/// <summary>
/// An email's own text: greeting left out; quoted thread, sign-off and signature cut where the email reader
/// cuts them (<see cref="EmailBodySplitter"/>), and any sign-off line ends the text.
/// </summary>
internal static partial class EmailBody
{
    /// <summary>The own text's lines, up to the sign-off or the quoted message; a greeting becomes a paragraph break.</summary>
    public static string OwnText(string body)
    {
        var lines = new List<string>();
        foreach (var raw in EmailBodySplitter.Split(body.Replace("\r\n", "\n")).NewText.Split('\n'))
        {
            if (EmailBodySplitter.IsSignOff(raw))
            {
                break;
            }

            lines.Add(Greeting().IsMatch(raw.Trim()) ? string.Empty : raw);
        }

        return string.Join('\n', lines);
    }

    /// <summary>The name a greeting line addresses ("Hi Jason," → Jason), if any.</summary>
    public static string? GreetingName(string body)
    {
        foreach (var raw in body.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var m = Greeting().Match(line);
            return m.Success && m.Groups["name"].Success ? m.Groups["name"].Value : null;
        }

        return null;
    }

    [GeneratedRegex(@"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b(?:\s+(?<name>\p{L}[\w'-]+(?:\s+\p{L}[\w'-]+)?))?(?:\s+(?:and|&)\s+\p{L}[\w'-]+)?\s*[,!:]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();
}
