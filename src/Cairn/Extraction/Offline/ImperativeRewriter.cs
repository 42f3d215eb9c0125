using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Turns the clause after a trigger into a clean imperative: "I'll also put together the plan, and I'll send
/// it by Friday" → "Put together the plan and send it". The due phrase is dropped (it travels as a date).
/// </summary>
internal static partial class ImperativeRewriter
{
    public static string Rewrite(string clause, CommitmentKind kind, string? speaker, string? duePhrase)
    {
        var s = clause;
        if (duePhrase is { Length: > 0 })
        {
            s = Regex.Replace(s, @"(?:,?\s+(?:by|on|before|until|till|no later than|for))?\s*\b" + Regex.Escape(duePhrase) + @"\b", string.Empty, RegexOptions.IgnoreCase);
        }

        s = FollowOnCommitment().Replace(s, " and ");
        s = PurposeTail().Replace(s, string.Empty);
        s = LeadingAdverbs().Replace(s, string.Empty);
        s = Progressive().Replace(s, string.Empty);
        if (kind == CommitmentKind.Request && speaker is { Length: > 0 })
        {
            s = Me().Replace(s, speaker);
            s = My().Replace(s, speaker + "'s");
            s = Your().Replace(s, "the");
        }

        var first = FirstWord().Match(s);
        if (first.Success && Verbs.IsGerund(first.Value))
        {
            s = Verbs.Base(first.Value) + s[first.Length..];
        }

        s = TrailingNoise().Replace(s.Trim(), string.Empty).Trim();
        s = Spaces().Replace(s, " ");
        return s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }

    [GeneratedRegex(@",?\s+and\s+(?:I(?:'ll| will| can)|let me|then I(?:'ll| will))\s+(?:also\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex FollowOnCommitment();

    [GeneratedRegex(@"(?:,?\s+so (?:that )?(?:we|I|you|they|he|she|it|everyone)\b|,?\s+(?:because|since|as long as)\b|,\s*(?:which|but|if that|if it|if you|unless|though|thanks|thank you)\b|\s+(?:if (?:that|it) (?:works|helps|makes sense)|if (?:you|we) (?:can|could|want|need))).*$", RegexOptions.IgnoreCase)]
    private static partial Regex PurposeTail();

    [GeneratedRegex(@"^(?:(?:also|then|probably|definitely|quickly|personally|first|now|still|certainly|happily|gladly|go ahead and|try (?:to|and)|be sure to|make sure to|need to|have to|please)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAdverbs();

    [GeneratedRegex(@"^be\s+(?=\w+ing\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Progressive();

    [GeneratedRegex(@"\bme\b")]
    private static partial Regex Me();

    [GeneratedRegex(@"\bmy\b")]
    private static partial Regex My();

    [GeneratedRegex(@"\byour\b")]
    private static partial Regex Your();

    [GeneratedRegex(@"^[\w'-]+")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"(?:[\s,;:-]+(?:please|for me|thanks|thank you|as well|too|okay|ok|right|hopefully|maybe|probably|I think|I guess|I hope))*[\s?!.,;:-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingNoise();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
