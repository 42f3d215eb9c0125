using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Decides who owns a task. The speaker for "I'll"; for "can you" the person addressed (a name said to
/// them, the email's recipient, the other person of a two-person meeting); the named person for "Omar
/// will". A wrong name is worse than none, so anything less certain leaves the task without an owner.
/// </summary>
internal sealed partial class OwnerResolver(PeopleDirectory people, IReadOnlyList<Sentence> sentences, string? emailAddressee)
{
    public string? Resolve(ActionCandidate candidate) => candidate.Kind switch
    {
        CommitmentKind.FirstPerson => Speaker(candidate.Sentence),
        CommitmentKind.Request => Addressee(candidate.Sentence),
        CommitmentKind.Assignment => candidate.NamedOwner is { } role ? NotSpeaker(people.ResolveRole(role), candidate.Sentence) : null,
        _ => candidate.NamedOwner is { } name ? Named(name, candidate.Sentence) : null,
    };

    private string? Named(string name, Sentence sentence)
    {
        if (name is "me" or "I" or "Me")
        {
            return Speaker(sentence) ?? Writer(sentence); // "Action item for me:"
        }

        if (Pronoun().IsMatch(name))
        {
            return PronounOwner(sentence);
        }

        return people.IsAmbiguous(name) ? null : people.Resolve(name) ?? people.ResolveRole(name) ?? MentionedOnly(name);
    }

    /// <summary>
    /// "Talk to Omar. He'll send the quote": he or she is the one person the same speaker named before, in this turn or
    /// the one before, at most three sentences back ("Rasmus: the numbers pack. Turnover was £61m. He'll send a draft to
    /// Idris" is Rasmus's). Two people named within reach, or none, and the task keeps no owner.
    /// </summary>
    private string? PronounOwner(Sentence sentence)
    {
        var speaker = Speaker(sentence);
        var reach = Enumerable.Range(0, sentence.Index).Reverse().Take(3).Select(k => sentences[k])
            .TakeWhile(p => p.Speaker.Equals(sentence.Speaker, StringComparison.Ordinal) && p.Turn >= sentence.Turn - 1);
        var named = reach.SelectMany(p => CapitalisedWord().Matches(p.Text))
            .Select(m => people.Resolve(m.Value) ?? MentionedOnly(m.Value))
            .OfType<string>()
            .Where(n => !n.Equals(speaker, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// "- [ ] Me: tell Noor about the new rule": in the vault owner's own notes a list item's "me" is the one who
    /// wrote them. Only a list item with no speaker: an email or a transcript says who speaks.
    /// </summary>
    private string? Writer(Sentence sentence) =>
        sentence.Speaker.Length == 0 && sentence.Mark != ListMark.None && people.Owner.Length > 0 ? people.Owner : null;

    private string? NotSpeaker(string? who, Sentence sentence) =>
        who is not null && !who.Equals(Speaker(sentence), StringComparison.OrdinalIgnoreCase) ? who : null;

    public string? Speaker(Sentence sentence) =>
        sentence.Speaker.Length == 0 ? null : people.Resolve(sentence.Speaker) ?? people.Canonical(sentence.Speaker);

    /// <summary>Whom the sentence speaks to: a participant named in it, the email's reader, the other of two.</summary>
    public string? Addressee(Sentence sentence)
    {
        var speaker = Speaker(sentence);
        var named = Vocative(sentence.Text, speaker) ?? PreviousVocative(sentence, speaker) ?? TurnOpenedBy(sentence, speaker);
        if (named is not null)
        {
            return named;
        }

        if (emailAddressee is not null)
        {
            return emailAddressee;
        }

        var others = people.Participants.Where(p => !p.Equals(speaker, StringComparison.OrdinalIgnoreCase)).ToList();
        return people.Participants.Count == 2 && others.Count == 1 ? others[0] : null;
    }

    /// <summary>A participant called by name at either end of the sentence or between commas before "you" ("Dana, can you", "can you, Sam?", "yes, Dana, if you could", "as the designer, you").</summary>
    private string? Vocative(string raw, string? speaker)
    {
        var text = FillerWords.Remove(raw);
        foreach (var m in new[] { LeadingName().Match(text), TrailingName().Match(text), MidName().Match(text) })
        {
            if (m.Success && people.Resolve(m.Groups["name"].Value) is { } who && !who.Equals(speaker, StringComparison.OrdinalIgnoreCase))
            {
                return who;
            }
        }

        // Roles are said in lower case and in part ("as the industrial designer, you", "and marketing, your job is").
        foreach (var m in new[] { RoleAddress().Match(text), NameBeforeYou().Match(text) })
        {
            if (m.Success && people.ResolveRole(m.Groups["name"].Value) is { } who && !who.Equals(speaker, StringComparison.OrdinalIgnoreCase))
            {
                return who;
            }
        }

        return null;
    }

    private string? PreviousVocative(Sentence sentence, string? speaker)
    {
        if (sentence.Index == 0)
        {
            return null;
        }

        var previous = sentences[sentence.Index - 1];
        return previous.Turn == sentence.Turn && previous.Text.Split(' ').Length <= 6 ? Vocative(previous.Text, speaker) : null;
    }

    /// <summary>
    /// "Lorna - I spoke to the site team this afternoon. … Can you confirm by tomorrow?": a turn (an e-mail's paragraph)
    /// that opens by calling someone by name speaks to them throughout, so its later "you" is theirs. Only "you" alone:
    /// "can someone", "you all" and "you both" put the work to more than the one called.
    /// </summary>
    private string? TurnOpenedBy(Sentence sentence, string? speaker)
    {
        if (!SingleYou().IsMatch(sentence.Text) || ManyAddressed().IsMatch(sentence.Text))
        {
            return null;
        }

        var first = sentence.Index;
        while (first > 0 && sentences[first - 1].Turn == sentence.Turn)
        {
            first--;
        }

        return first < sentence.Index && LeadingName().Match(FillerWords.Remove(sentences[first].Text)) is { Success: true } m
            && people.Resolve(m.Groups["name"].Value) is { } who && !who.Equals(speaker, StringComparison.OrdinalIgnoreCase) ? who : null;
    }

    /// <summary>A first name only talked about (not a participant) is still the owner the words name.</summary>
    /// <summary>The person a single capitalised word names: a participant, a known person, or a first name talked about.</summary>
    public string? PersonNamed(string word) => people.IsAmbiguous(word) ? null : people.Resolve(word) ?? MentionedOnly(word);

    private static string? MentionedOnly(string name) => FirstNames.Contains(name.Split(' ')[0]) ? name : null;

    // A conjunction or greeting before the name may be capitalised and set off by a dash: "And Dana, can you…", "Also - Dana, …".
    [GeneratedRegex(@"^(?:(?i:ok(?:ay)?|so|and|but|also|plus|alright|right|now|then|hey|hi)[,\s\-–—]+)?(?<name>\p{Lu}[\w'-]+(?: \p{Lu}[\w'-]+)?)(?:,|\s+[-–—]\s)")]
    private static partial Regex LeadingName();

    [GeneratedRegex(@"\byou\b", RegexOptions.IgnoreCase)]
    private static partial Regex SingleYou();

    [GeneratedRegex(@"\b(?:someone|somebody|anyone|anybody|everyone|everybody|one of you|you (?:all|guys|both|two)|both of you|all of you)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ManyAddressed();

    [GeneratedRegex(@",\s*(?<name>\p{Lu}[\w'-]+(?: \p{Lu}[\w'-]+)?)\s*[?.!]*$")]
    private static partial Regex TrailingName();

    // Set off by commas right before the words that address them: "Yes please, Daniel, if you could…".
    [GeneratedRegex(@"[,;]\s*(?<name>\p{Lu}[\w'-]+(?: \p{Lu}[\w'-]+)?),\s*(?=(?:[\w']+\s+){0,3}?(?:you|your|please)\b)")]
    private static partial Regex MidName();

    [GeneratedRegex(@"\b(?:as|for) (?:the |our )?(?<name>[a-z]+(?: [a-z]+){0,2}),?\s*you\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAddress();

    [GeneratedRegex(@"(?:^|[,;]\s*|\b(?:and|so|now|then|okay)\s+)(?:the |our )?(?<name>[a-z]+(?: [a-z]+){0,2}),?\s+(?:you(?:'re|'ll| will| are| need| should| have)|your job)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NameBeforeYou();

    [GeneratedRegex(@"^(?:he|she)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+\b")]
    private static partial Regex CapitalisedWord();
}
