namespace Cairn.Sources;

/// <summary>
/// What a mail client puts before a subject when a message is replied to or forwarded: the one list the email
/// reader, the offline extractor's titles and the recap-title rule strip.
/// </summary>
internal static class EmailSubject
{
    /// <summary>Reply and forward prefixes, English and the common European ones (AW/WG German, SV Nordic, VS Finnish, TR French).</summary>
    public static readonly string[] ReplyPrefixes = ["re", "fw", "fwd", "aw", "wg", "sv", "vs", "tr"];

    /// <summary>"Re: Fwd: RE: Budget" is about "Budget".</summary>
    public static string WithoutReplyPrefixes(string subject)
    {
        var s = subject.Trim();
        while (true)
        {
            var colon = s.IndexOf(':');
            if (colon is < 2 or > 4 || !ReplyPrefixes.Contains(s[..colon].Trim().ToLowerInvariant()))
            {
                return s;
            }

            s = s[(colon + 1)..].Trim();
        }
    }
}
