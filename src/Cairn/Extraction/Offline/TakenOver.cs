using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// "I can get a quote. I'll ring the caterers on Monday." / "Let me do the quote, you have the venue." : work one
/// speaker takes on is taken over by the next speaker at once, so it is the taker's. The taker says "let me do it",
/// "I'll do that", "I do it" or "let me do the X" with X a word of the first speaker's turn; "I'll do the invoices"
/// about something else takes nothing over.
/// </summary>
internal static partial class TakenOver
{
    /// <summary>Whether <paramref name="reply"/> takes over the work said in <paramref name="turn"/>.</summary>
    public static bool Takes(string reply, string turn) =>
        TakeOver().Match(reply) is { Success: true } m
        && (m.Groups["pronoun"].Success || Regex.IsMatch(turn, @"\b" + Regex.Escape(m.Groups["noun"].Value) + @"\b", RegexOptions.IgnoreCase));

    [GeneratedRegex(@"^(?:(?:eh|oh|no|nah|well|actually|wait|sorry|okay|ok|hmm|um|look)[,.!\s]+)*(?:let me|I(?:'ll| will)?) (?:do|take|handle) (?:(?<pronoun>it|that|this)(?: one)?|the (?<noun>[\w-]{3,}))(?=\s*(?:$|[,.;!]))", RegexOptions.IgnoreCase)]
    private static partial Regex TakeOver();
}
