using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Turns the clause after a trigger into a clean imperative: "I'll also put together the plan, and I'll send
/// it by Friday" → "Put together the plan and send it". The due phrase is dropped (it travels as a date).
/// </summary>
internal static partial class ImperativeRewriter
{
    public static string Rewrite(string clause, CommitmentKind kind, string? speaker, string? duePhrase, string? addressee = null, string? owner = null)
    {
        var s = clause;
        if (duePhrase is { Length: > 0 })
        {
            // The lead-in goes with the date ("for the week of December 1"), never left dangling.
            s = Regex.Replace(s, DueLeadIn + @"\b" + Regex.Escape(duePhrase) + @"\b", string.Empty, RegexOptions.IgnoreCase);
            s = DanglingLeadIn().Replace(s, string.Empty);
            // "Book the caterer (end of Jan)": the date goes with its brackets.
            s = EmptyBrackets().Replace(s, string.Empty);
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
        else
        {
            s = SecondPerson(s, addressee);
            if (speaker is { Length: > 0 } && owner is { Length: > 0 } && !owner.Equals(speaker, StringComparison.OrdinalIgnoreCase))
            {
                s = Me().Replace(s, speaker);
                s = My().Replace(s, speaker + "'s");
            }
        }

        s = WithoutVocative(s, addressee, owner);
        var first = FirstWord().Match(s);
        if (first.Success && (Verbs.IsGerund(first.Value) || ShortGerund().IsMatch(first.Value)))
        {
            // "would you mind going through the runbooks and fixing the links" → "go through the runbooks and fix the links".
            var verb = first.Value.ToLowerInvariant() switch { "going" => "go", "doing" => "do", "using" => "use", _ => Verbs.Base(first.Value) };
            s = verb + AndGerund().Replace(s[first.Length..], m => Verbs.IsGerund(m.Groups["verb"].Value) ? "and " + Verbs.Base(m.Groups["verb"].Value) : m.Value);
        }

        s = TrailingNoise().Replace(s.Trim(), string.Empty).Trim();
        s = Spaces().Replace(s, " ");
        return s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }

    /// <summary>
    /// "You" is whoever the speaker addressed: "send you the deck" → "send Lena Park the deck". When nobody
    /// is known the object goes ("send the deck", "share it") rather than leave a "you" the reader is not.
    /// </summary>
    private static string SecondPerson(string s, string? addressee)
    {
        if (addressee is { Length: > 0 })
        {
            s = YouObject().Replace(s, "$1 " + addressee);
            s = YouAfterPreposition().Replace(s, " $1 " + addressee);
            return Your().Replace(s, addressee + "'s");
        }

        s = YouIndirectObject().Replace(s, "$1");
        s = YouAfterPreposition().Replace(s, string.Empty);
        return Your().Replace(s, "the");
    }

    /// <summary>
    /// A name called at the end ("I'll send you the runbook, Priya.") says who is spoken to, which the owner or the
    /// rewritten "you" already carries: left in, the task reads "Send Priya Shah the runbook, Priya".
    /// </summary>
    private static string WithoutVocative(string s, params string?[] people)
    {
        foreach (var person in people.OfType<string>().Where(p => p.Length > 0))
        {
            s = WithoutCalledName(s, person) ?? WithoutCalledName(s, person.Split(' ')[0]) ?? s;
        }

        return s;
    }

    /// <summary>The text before ", NAME" that ends it (spaces, "?", "!" and "." after the name aside), or null when it does not end so.</summary>
    private static string? WithoutCalledName(string s, string name)
    {
        var end = s.Length;
        while (end > 0 && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] is '?' or '!' or '.'))
        {
            end--;
        }

        if (!s.AsSpan(0, end).EndsWith(name, StringComparison.Ordinal))
        {
            return null;
        }

        var before = s.AsSpan(0, end - name.Length).TrimEnd();
        return before.Length > 0 && before[^1] == ',' ? before[..^1].ToString() : null;
    }

    private const string DueLeadIn =
        @"(?:,?\s+(?:by|on|before|until|till|no later than|not later than|for|in|during|around|within|sometime|some time)(?=\s))?(?:\s+(?:early|late|later|first thing)(?=\s))?(?:\s+(?:the\s+)?(?:week|end|start|beginning|middle|close|first half|second half|morning|afternoon|evening)\s+of)?\s*";

    [GeneratedRegex(@"(?:,?\s+(?:by|before|until|till|no later than|not later than|for|during|within|of|the week of|the end of))+\s*(?=[\s?!.,;:-]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingLeadIn();

    [GeneratedRegex(@"\b(send|give|get|show|tell|forward|email|e-mail|mail|bring|hand|pass|text|ping|call|remind|update|brief|introduce|invite|loop in|walk|buy|owe)\s+you\b", RegexOptions.IgnoreCase)]
    private static partial Regex YouObject();

    [GeneratedRegex(@"\b(send|give|get|show|forward|email|e-mail|mail|bring|hand|pass|buy)\s+you\b", RegexOptions.IgnoreCase)]
    private static partial Regex YouIndirectObject();

    [GeneratedRegex(@"\s*\b(to|with|for)\s+you\b(?!')", RegexOptions.IgnoreCase)]
    private static partial Regex YouAfterPreposition();

    [GeneratedRegex(@"(?:,?\s+and|,)\s+(?:I(?:'ll| will| can)|let me|then I(?:'ll| will))\s+(?:also\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex FollowOnCommitment();

    [GeneratedRegex(@"(?:,?\s+so (?:that )?(?:we|I|you|they|he|she|it|everyone|(?-i:\p{Lu}\p{Ll}+)(?= (?:can|could|will|has|have)\b))\b|,?\s+(?:because|since|as long as)\b|,\s*(?:which|but|if that|if it|if you|unless|though|thanks|thank you)\b|,\s*(?:I|he|she|they)(?!'ll\b| will\b| can\b|'m going\b| am going\b| are going\b| is going\b)\b|,?\s+that(?:'d| would) be (?:great|ideal|helpful|perfect|amazing|good|brilliant|fantastic)\b|\s+(?:if (?:that|it) (?:works|helps|makes sense)|if (?:you|we) (?:can|could|want|need))).*$", RegexOptions.IgnoreCase)]
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

    /// <summary>Gerunds too short for <see cref="Verbs.IsGerund"/> ("bring" and "thing" are five letters too).</summary>
    [GeneratedRegex(@"^(?:going|doing|using)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortGerund();

    [GeneratedRegex(@"\band (?<verb>[a-z]+ing)\b")]
    private static partial Regex AndGerund();

    [GeneratedRegex(@"(?:[\s,;:-]+(?:please|for me|thanks|thank you|as well|too|okay|ok|right|hopefully|maybe|probably|I think|I guess|I hope|myself|yourself|instead))*[\s?!.,;:-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingNoise();

    [GeneratedRegex(@"\s*\(\s*\)|\s*\[\s*\]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
