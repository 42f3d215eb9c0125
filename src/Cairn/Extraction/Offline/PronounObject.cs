using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// "We still need the signed order form. Could you send it over?": a task whose object is "it" or "that" takes the
/// thing the same speaker named as needed or asked for in the sentence just before ("One thing is missing: the
/// success criteria. Could you add it?"), the thing the sentence itself brought in ("there's a voucher, I'll email it
/// to you"), or the thing the other speaker just asked for ("Can we have a costed plan?" / "I'll bring that in
/// January"). "Him" and "her" take the one person named nearest before ("Nomvula's team could, but I haven't asked
/// her. Can you check with her?").
/// </summary>
internal static partial class PronounObject
{
    public static string Resolve(string clause, string? previous, string sentence, string? question)
    {
        if (PointsBack().Match(clause) is not { Success: true } m || Determiner(clause, m.Groups["pronoun"]) || Thing(previous, sentence, question) is not { } thing)
        {
            return clause;
        }

        return clause[..m.Groups["pronoun"].Index] + thing + clause[(m.Groups["pronoun"].Index + m.Groups["pronoun"].Length)..];
    }

    /// <summary>
    /// "Him" or "her" as an object (not "her team") put back as the person named nearest before: the first of
    /// <paramref name="earlier"/> (the sentences before, nearest first) that names anyone must name one person, not the
    /// speaker (the sentence itself names the one it speaks to: "Tom, could you share it with him?").
    /// </summary>
    public static string ResolvePerson(string clause, IEnumerable<string> earlier, Func<string, string?> person, string? speaker)
    {
        // "Call Arjun to give him the news": a person named in the clause itself is who "him" is, and already said.
        if (PersonPronoun().Match(clause) is not { Success: true } m || Capitalised().Matches(clause[..m.Index]).Any(c => person(c.Groups["name"].Value) is not null))
        {
            return clause;
        }

        foreach (var said in earlier)
        {
            var named = Capitalised().Matches(said).Select(c => c.Groups["name"].Value)
                .Where(n => person(n) is { } p && !p.Equals(speaker, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.Ordinal).ToList();
            if (named.Count > 0)
            {
                return named.Count == 1 ? clause[..m.Index] + named[0] + clause[(m.Index + m.Length)..] : clause;
            }
        }

        return clause;
    }

    /// <summary>"Do that filtering", "send this file": "that" and "this" before a noun point at nothing said before.</summary>
    private static bool Determiner(string clause, Group pronoun) =>
        pronoun.Value.ToLowerInvariant() is "that" or "this" && !StandsAlone().IsMatch(clause[(pronoun.Index + pronoun.Length)..]);

    private static string? Thing(string? previous, string sentence, string? question)
    {
        if (previous is not null && Needed().Matches(previous) is { Count: > 0 } needed)
        {
            return needed[^1].Groups["thing"].Value;
        }

        if (Introduced().Match(sentence) is { Success: true } introduced)
        {
            return "the " + introduced.Groups["noun"].Value;
        }

        return question is not null && AskedFor().Match(question) is { Success: true } asked ? "the " + asked.Groups["noun"].Value : null;
    }

    [GeneratedRegex(@"^[a-z]+(?: [a-z]+)? (?<pronoun>it|that|this|them)\b(?! (?:is|was|will|would)\b| to (?!(?:you|me|us|him|her|them|the|a|an|my|our|your|their|everyone|everybody|\p{Lu})))", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"\b(?:need|needs|want|wants|waiting for|waiting on|missing|require|requires|asked for|asking for|ask for|owe|owes|owed)(?:\s*:)?\s+(?<thing>(?:the|your|our|their|a|an)\s+[\w-]+(?:\s+(?!(?:by|before|for|from|to|on|in|at|with|so|and|but|because|if|when|is|was|yet|again)\b)[\w-]+){0,5})", RegexOptions.IgnoreCase)]
    private static partial Regex Needed();

    /// <summary>"There's a voucher", "there'll be a form to say…": what the sentence brings in (the noun, said again with "the").</summary>
    [GeneratedRegex(@"\bthere(?:'s| is|'ll be| will be) (?:a|an|some) (?<noun>[\w-]+(?: (?!(?:to|for|that|which|with|and|if|so|but|in|on|at|from|of)\b)[\w-]+){0,2})", RegexOptions.IgnoreCase)]
    private static partial Regex Introduced();

    /// <summary>"Can we have an actual plan for the second source?": what a question asks to have or see.</summary>
    [GeneratedRegex(@"\b(?:can|could) (?:we|I|you) (?:have|get|see|send (?:me|us)) (?:an?|the|some) (?<noun>[\w-]+(?: (?!(?:by|before|to|that|which|with|and|if|so|but|in|on|at|from)\b)[\w-]+){0,7})[^?]*\?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedFor();

    /// <summary>What may follow a pronoun that stands for a thing: the end, a particle, a preposition, a when.</summary>
    [GeneratedRegex(@"^(?:\s*$|\s*[,.;:!?]|\s+(?:to|in|into|on|round|around|over|out|up|back|off|for|with|by|at|from|through|across|along|today|tonight|tomorrow|this|next|after|before|when|once|as|and|so|right|first|later|directly|now|again|myself|ourselves)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StandsAlone();

    /// <summary>"him" anywhere; "her" only where no noun follows ("check with her", not "her team").</summary>
    [GeneratedRegex(@"\b(?:him|her(?=\s*(?:$|[,.;!?]|(?:about|on|for|to|today|tomorrow|tonight|this|next|after|before|when|if|and|first|again|directly)\b)))\b")]
    private static partial Regex PersonPronoun();

    /// <summary>A capitalised word, possibly possessive ("Nomvula's team").</summary>
    [GeneratedRegex(@"\b(?<name>\p{Lu}\p{Ll}+)(?:'s)?\b")]
    private static partial Regex Capitalised();
}
