using System.Text.RegularExpressions;

namespace Cairn.Extraction;

/// <summary>
/// The meeting a title names once what a reply, a recap or a follow-up puts before it is gone:
/// "Re: Recap: Northwind kickoff" and "Follow-up on Northwind kickoff" name "Northwind kickoff".
/// </summary>
public static partial class RecapTitle
{
    public static string MeetingOf(string title) => Prefix().Replace(title, string.Empty).Trim();

    [GeneratedRegex(@"^(?:\s*(?:re|fwd?|aw|wg|recap|summary|notes|follow[- ]?up|next steps)\s*(?::|-|–|\bon\b|\bfrom\b|\bof\b|\bto\b)\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();
}
