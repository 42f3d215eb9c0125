using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// One sentence, several tasks: "Chen and I will pair on it" (one each), a recap that lists people's tasks ("Next
/// steps: Tom sends the sheet, Aisha owns the spec, and I arrange the call"), and a list of commitments ("I'll book
/// the room, draft the agenda, and ping legal"). Anything else stays one candidate.
/// </summary>
internal static partial class CommitmentSplitter
{
    public static IEnumerable<ActionCandidate> Split(ActionCandidate candidate)
    {
        if (candidate.CoOwner is { } co)
        {
            yield return candidate with { CoOwner = null };
            yield return IsMe(co)
                ? candidate with { Kind = CommitmentKind.FirstPerson, NamedOwner = null, CoOwner = null }
                : candidate with { Kind = CommitmentKind.ThirdParty, NamedOwner = co, CoOwner = null };
            yield break;
        }

        if (candidate.Kind == CommitmentKind.Marker && candidate.NamedOwner is null && Recap(candidate.Clause) is { Count: > 0 } parts)
        {
            foreach (var (name, clause) in parts)
            {
                yield return IsMe(name)
                    ? candidate with { Kind = CommitmentKind.FirstPerson, Clause = clause }
                    : candidate with { Kind = CommitmentKind.ThirdParty, Clause = clause, NamedOwner = name };
            }

            yield break;
        }

        var list = ListItem().Split(candidate.Clause).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (list.Count >= 3 && list.All(p => Verbs.IsWorkVerb(p.Split(' ')[0])))
        {
            foreach (var part in list)
            {
                yield return candidate with { Clause = part };
            }

            yield break;
        }

        yield return candidate;
    }

    /// <summary>
    /// A sentence of a recap said in the present tense, after its opener ("Let me recap. Tom sends the quote by Friday.
    /// After that, Ana reviews the contract and I book the room."): each part a named person or "I" does, the verb in the
    /// present ("sends"; "Tom sent the quote" is done, "Tom thinks…" is judged no work by the rules). Whether a name is a
    /// person is the owner resolver's call.
    /// </summary>
    public static IEnumerable<ActionCandidate> Recapped(Sentence sentence, string said)
    {
        var text = RecapLeadIn().Replace(said.Trim(), string.Empty);
        var next = 0;
        foreach (Match p in RecapPart().Matches(text))
        {
            // The parts follow one another from the start: "Postmortem Tuesday at ten, Tom books it" is no recap of Tom's.
            if (p.Index != next)
            {
                yield break;
            }

            next = p.Index + p.Length;
            var (name, verb) = (p.Groups["name"].Value, p.Groups["verb"].Value);
            if (!IsMe(name) && (!verb.EndsWith('s') || NotPresent().IsMatch(verb)))
            {
                continue;
            }

            // "Hana keeps the tickets open and closes them Monday": each verb of the part in the base form.
            // "Rashida sends the questions, and we answer them by the 10th": the part ends where another subject starts.
            var rest = AndVerb().Replace(OtherSubject().Replace(p.Groups["rest"].Value, string.Empty).TrimEnd(',', ' ', '.'), a => a.Groups["and"].Value + BaseForm(a.Groups["verb"].Value, name));
            var clause = BaseForm(verb, name) + rest;
            var kind = IsMe(name) ? CommitmentKind.FirstPerson : CommitmentKind.ThirdParty;
            if (ActionItemRules.IsTask(clause, kind))
            {
                yield return new ActionCandidate(kind, clause, sentence, IsMe(name) ? null : name);
            }
        }
    }

    /// <summary>"Tom sends the sheet, Aisha owns the spec, and I arrange the call": each person's part, verb in the base form.</summary>
    private static List<(string Name, string Clause)> Recap(string clause)
    {
        var parts = RecapPart().Matches(clause);
        if (parts.Count < 2 || parts[0].Index != 0)
        {
            return [];
        }

        return parts.Select(p => (p.Groups["name"].Value, BaseForm(p.Groups["verb"].Value, p.Groups["name"].Value) + p.Groups["rest"].Value.TrimEnd(',', ' ', '.'))).ToList();
    }

    /// <summary>"sends" → "send", "pushes" → "push"; "I arrange" is already the base.</summary>
    private static string BaseForm(string verb, string name)
    {
        if (IsMe(name) || !verb.EndsWith('s'))
        {
            return verb;
        }

        return EsEnding().IsMatch(verb) ? verb[..^2] : verb[..^1];
    }

    private static bool IsMe(string name) => name is "I" or "me" or "Me";

    [GeneratedRegex(@"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?<name>I|\p{Lu}\p{Ll}+) (?<verb>[a-z]+)(?<rest>(?:(?!,\s*(?:and\s+)?(?:I|\p{Lu}\p{Ll}+) [a-z]+|\s+and\s+(?:I|\p{Lu}\p{Ll}+) [a-z]+).)*)")]
    private static partial Regex RecapPart();

    /// <summary>How a recap sentence may open before its first name: "After that, Søren sends…", "Actions: I write…".</summary>
    [GeneratedRegex(@"^(?:(?:and|so|then|also|after that|afterwards|next|first|finally|plus|okay|ok|right|actions?|action items?|next steps?|follow-ups?)\s*[,:]?\s+)*", RegexOptions.IgnoreCase)]
    private static partial Regex RecapLeadIn();

    /// <summary>Words ending in s that are no present-tense work: "is", "has", "was", "does", "thinks" is left to the rules.</summary>
    [GeneratedRegex(@"^(?:is|has|was|does|says|seems|needs|wants|likes|knows|thinks|hopes|agrees|feels|looks|sounds|means|plus|always|perhaps|towards|across|unless|thanks|yes|as|its|this|us)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotPresent();

    [GeneratedRegex(@",?\s+(?:and|then)\s+(?:we|they|you|he|she|it)\s+[a-z]+\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSubject();

    [GeneratedRegex(@"(?<and>\b(?:and|then) )(?<verb>[a-z]+s)(?= (?:the|a|an|them|it|his|her|their|our|my|your|this|that|these|those)\b)")]
    private static partial Regex AndVerb();

    [GeneratedRegex(@"(?:sh|ch|x|ss|zz)es$")]
    private static partial Regex EsEnding();

    [GeneratedRegex(@",\s*(?:and\s+)?")]
    private static partial Regex ListItem();
}
