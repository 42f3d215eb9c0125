using System.Buffers;
using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Sentences that settle something: "we decided", "we agreed", "that's decided", "let's go with", "we won't
/// ... until ...", or a change stated as settled ("we're moving the launch to March").
/// </summary>
internal static partial class DecisionRules
{
    // Every decision pattern holds one of these; most sentences hold none, so the regexes rarely run.
    private static readonly SearchValues<string> Cues = SearchValues.Create(
        ["decid", "agree", "settle", "chose", "chosen", "opted", "conclude", "committed", "signed off", "final", "confirmed", "decision",
         "let's", "we'll", "we will", "going to", "gonna", "won't", "will not", "don't", "aren't", "are not", "going forward", "from now on",
         "moving", "moved", "pushing", "pushed", "switch", "chang", "postpon", "cancel", "approv"],
        StringComparison.OrdinalIgnoreCase);

    public static bool IsDecision(string cleaned) =>
        cleaned.AsSpan().IndexOfAny(Cues) >= 0 && !cleaned.EndsWith('?') && !Hedge().IsMatch(cleaned) && (Settled().IsMatch(cleaned) || Proposal().IsMatch(cleaned) || Change().IsMatch(cleaned));

    /// <summary>"Agreed." or "Okay, let's do that." after a decision restates it; it adds nothing new.</summary>
    public static bool IsBareAssent(string cleaned) => Assent().IsMatch(cleaned);

    /// <summary>The decision as a clean sentence: openers and trailing consequences dropped.</summary>
    public static string Clean(string cleaned)
    {
        var s = FillerWords.TrimOpeners(cleaned);
        s = Consequence().Replace(s, string.Empty).Trim().TrimEnd(',', ';', ':');
        if (!s.EndsWith('.') && !s.EndsWith('!'))
        {
            s += ".";
        }

        return s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }

    [GeneratedRegex(@"\b(?:we(?:'ve| have)?|i(?:'ve| have)?|they(?:'ve| have)?|the (?:team|group|committee|board)(?: has)?|everyone|all) (?:all )?(?:decided|agreed|settled on|chose|chosen|opted|concluded|committed|signed off)\b|\b(?:that's|that is|it's|it is|this is) (?:decided|settled|agreed|final|confirmed|a decision)\b|\bdecision(?: is|:| was made| made)\b|\b(?:we're|we are) (?:agreed|aligned|decided)\b|\bit was (?:decided|agreed)\b|\bagreed (?:that|to|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Settled();

    [GeneratedRegex(@"\blet's (?:agree|go with|settle on|stick with|go ahead with|lock in|make it|keep it|plan on|plan for|target)\b|\b(?:we(?:'ll| will)|we(?:'re| are) (?:going to|gonna)) (?:go with|stick with|use|keep|drop|move forward with|go ahead with)\b|\bwe (?:won't|will not|aren't going to|are not going to|don't) .+ until\b|\b(?:going forward|from now on),? we\b", RegexOptions.IgnoreCase)]
    private static partial Regex Proposal();

    [GeneratedRegex(@"\b(?:we(?:'re| are)|we've|we have|it's|it has been|it's been|has been|have been) (?:moving|moved|pushing|pushed|switching|switched|changing|changed|postponing|postponed|cancelling|canceling|cancelled|canceled|approved|approving)\b.+\b(?:to|from|until|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Change();

    [GeneratedRegex(@"\b(?:if|whether|maybe|perhaps|might|should we|do we|can we|could we|would we|not sure|haven't decided|hasn't been decided|not decided|undecided|yet to decide|need to decide|have to decide|to be decided)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|yes|yeah|good|great|right|sure|perfect|so)[,.!\s]+)*(?:agreed|deal|done|that works|sounds good|let's do (?:that|it)|fine)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Assent();

    [GeneratedRegex(@",\s*(?:so|which means|and so|because)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Consequence();
}
