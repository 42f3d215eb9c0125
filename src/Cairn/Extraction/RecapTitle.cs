using System.Text.RegularExpressions;
using Cairn.Sources;

namespace Cairn.Extraction;

/// <summary>
/// The meeting a title names once what a reply, a recap or a follow-up puts before it is gone:
/// "Re: Recap: Northwind kickoff" and "Follow-up on Northwind kickoff" name "Northwind kickoff".
/// </summary>
public static class RecapTitle
{
    // The reply prefixes are the email reader's (EmailSubject); the recap words are this rule's own.
    private static readonly Regex Prefix = new(
        @"^(?:\s*(?:" + string.Join('|', EmailSubject.ReplyPrefixes) + @"|recap|summary|notes|follow[- ]?up|next steps)\s*(?::|-|–|\bon\b|\bfrom\b|\bof\b|\bto\b)\s*)+",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    public static string MeetingOf(string title) => Prefix.Replace(title, string.Empty).Trim();
}
