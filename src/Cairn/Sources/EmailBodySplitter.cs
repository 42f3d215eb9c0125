using System.Text.RegularExpressions;

namespace Cairn.Sources;

/// <summary>
/// Separates what the sender wrote now from what they quoted (<c>&gt;</c> lines, "On … wrote:", Outlook's
/// "-----Original Message-----" or <c>From:</c>/<c>Sent:</c> header block) and from their signature
/// (<c>-- </c>, or a sign-off such as "Best," followed by a short name block).
/// </summary>
internal static partial class EmailBodySplitter
{
    public sealed record Result(string NewText, string? Quoted, string? Signature);

    public static Result Split(string body)
    {
        var lines = body.Split('\n');
        var quoteStart = QuoteStart(lines);
        var quoted = quoteStart < lines.Length ? Join(lines[quoteStart..]) : null;
        var own = lines[..quoteStart];
        var signatureStart = SignatureStart(own);
        var signature = signatureStart < own.Length ? Join(own[signatureStart..]) : null;
        var newText = Join(own[..signatureStart]);
        return new Result(newText, NullIfEmpty(quoted), NullIfEmpty(signature));
    }

    private static int QuoteStart(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('>') || OriginalMessage().IsMatch(line) || Underscores().IsMatch(line))
            {
                return i;
            }

            if (line.StartsWith("On ", StringComparison.Ordinal) && WroteLine(lines, i))
            {
                return i;
            }

            if (OutlookFrom().IsMatch(line) && HasOutlookHeaders(lines, i))
            {
                return i;
            }
        }

        return lines.Length;
    }

    // "On Mon, 17 Nov 2025 at 16:02, Jason <jason@x> wrote:" — clients wrap it over two or three lines.
    private static bool WroteLine(string[] lines, int i)
    {
        var joined = string.Join(' ', lines.Skip(i).Take(3).Select(l => l.Trim()));
        var wrote = joined.IndexOf("wrote:", StringComparison.OrdinalIgnoreCase);
        return wrote > 0 && wrote < 300;
    }

    private static bool HasOutlookHeaders(string[] lines, int i) =>
        lines.Skip(i + 1).Take(5).Count(l => OutlookHeader().IsMatch(l.Trim())) >= 2;

    private static int SignatureStart(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] is "-- " or "--" or "—")
            {
                return i;
            }
        }

        // A sign-off near the end with at most a short name block under it.
        var last = LastNonBlank(lines);
        for (var i = last; i >= 0 && i >= last - 6; i--)
        {
            if (SignOff().IsMatch(lines[i].Trim()) && lines.Skip(i + 1).Count(l => l.Trim().Length > 0) <= 5
                && lines.Skip(i + 1).All(l => l.Trim().Length <= 80))
            {
                return i;
            }
        }

        return lines.Length;
    }

    /// <summary>A line that signs a message off ("Best,", "Thanks!", "Sent from my iPhone").</summary>
    public static bool IsSignOff(string line) => SignOff().IsMatch(line.Trim());

    private static int LastNonBlank(string[] lines)
    {
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Join(IEnumerable<string> lines) => string.Join('\n', lines).Trim();

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [GeneratedRegex(@"^-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^_{10,}$")]
    private static partial Regex Underscores();

    [GeneratedRegex(@"^\**From:\**\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookFrom();

    [GeneratedRegex(@"^\**(?:Sent|Date|To|Cc|Subject):\**\s", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookHeader();

    [GeneratedRegex(@"^(?:Best|Best regards|Best wishes|Kind regards|Warm regards|Warmest regards|Regards|Many thanks|Thanks|Thanks again|Thanks so much|Thank you|Cheers|Sincerely|Yours sincerely|Yours|All the best|Talk soon|BR|Br|Thx|Sent from my \w+)[,.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();
}
