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

    [GeneratedRegex(@"(?:sh|ch|x|ss|zz)es$")]
    private static partial Regex EsEnding();

    [GeneratedRegex(@",\s*(?:and\s+)?")]
    private static partial Regex ListItem();
}
