using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>The paragraphs of an email's own text: greeting, sign-off, signature and quoted lines left out.</summary>
internal static partial class EmailBody
{
    public static IEnumerable<string> Paragraphs(string body)
    {
        var current = new List<string>();
        foreach (var raw in body.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('>') || QuoteHeader().IsMatch(line))
            {
                break;
            }

            if (line.Length == 0 || Greeting().IsMatch(line) || SignOff().IsMatch(line))
            {
                if (SignOff().IsMatch(line))
                {
                    break;
                }

                if (current.Count > 0)
                {
                    yield return string.Join(' ', current);
                    current.Clear();
                }

                continue;
            }

            current.Add(Bullet().Replace(line, string.Empty));
        }

        if (current.Count > 0)
        {
            yield return string.Join(' ', current);
        }
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

    [GeneratedRegex(@"^(?:[-*•]|\d+[.)])\s+")]
    private static partial Regex Bullet();
}
