using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// "I can make an introduction to their supply chain head, if that's useful." … "Fine, I'll do that this week.": a
/// commitment that only says "do that" or "do it" stands for the work the same speaker offered or wished for just
/// before ("I can …", "I could …", "I'd like to …", "I'd suggest I …"), in their turn or their turn before. Left
/// with nothing to stand for, it is no task (<see cref="ActionItemExtractor"/> drops it).
/// </summary>
internal static partial class ProVerb
{
    /// <summary>Whether a clause only says "do that" / "do it" (with a when or a tail at most).</summary>
    public static bool StandsFor(string clause) => DoThat().IsMatch(clause);

    /// <summary>The clause with "do that" put back as the offered work; the clause itself when no offer is found.</summary>
    /// <param name="ownEarlier">The speaker's own earlier sentences, nearest first.</param>
    public static string Resolve(string clause, IEnumerable<string> ownEarlier)
    {
        if (DoThat().Match(clause) is not { Success: true } m)
        {
            return clause;
        }

        foreach (var said in ownEarlier)
        {
            if (Offered().Match(said) is { Success: true } offer)
            {
                return offer.Groups["work"].Value.TrimEnd() + m.Groups["rest"].Value;
            }
        }

        return clause;
    }

    // "Do that filtering" has a noun of its own: only "do that" with a when, a place or nothing after stands for work.
    [GeneratedRegex(@"^do (?:that|it)(?=\s*$|\s*[,.;:!?]|\s+(?:today|tonight|tomorrow|this|next|after|before|when|once|on|by|in|first|later|now|right|straight|myself|for|as)\b)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DoThat();

    // The work runs to a condition, a reason or the end of the sentence: "make an introduction…, if that's useful".
    [GeneratedRegex(@"\bI(?:'d| would)? (?:can|could|(?:still |really )?(?:like|love) to|suggest (?:that )?I) (?:also )?(?<work>(?!(?:do|see|hear|say|tell|live|imagine|understand|think)\b)[a-z][\w'-]*(?:[ -](?!(?:if|unless|so|because|but|as long as)\b)[\w'£$%-]+)*)", RegexOptions.IgnoreCase)]
    private static partial Regex Offered();
}
