using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>An email's own text: greeting, sign-off, signature and quoted lines left out.</summary>
internal static partial class EmailBody
{
    /// <summary>The own text's lines, up to the sign-off or the quoted message; a greeting becomes a paragraph break.</summary>
    public static string OwnText(string body)
    {
        var lines = new List<string>();
        foreach (var raw in body.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('>') || QuoteHeader().IsMatch(line) || SignOff().IsMatch(line))
            {
                break;
            }

            lines.Add(Greeting().IsMatch(line) ? string.Empty : raw);
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

    [GeneratedRegex(@"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b(?:\s+(?<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))?(?:\s+(?:and|&)\s+[A-Z][\w'-]+)?\s*[,!:]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(?:best|best regards|regards|kind regards|thanks|thank you|many thanks|cheers|sincerely|warm regards|thx)[,.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^On .{4,120}wrote:\s*$|^-{2,}\s*Original Message|^From: .+", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteHeader();
}
