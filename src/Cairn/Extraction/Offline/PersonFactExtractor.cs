using System.Text.RegularExpressions;
using Cairn.Sources;

namespace Cairn.Extraction.Offline;

/// <summary>
/// What a source states about a person, written as that person's fact with their full name (<see cref="PersonStatement"/>):
/// roles said in introductions ("Tom runs infrastructure…, and Dana is our procurement lead"), in the first
/// person ("I'm the CFO", "I own any budget over 200K", "As the procurement lead at Initech I need…"), and what an email's headers and signature state (<see cref="EmailPersonFacts"/>).
/// Only names that resolve to one person count; "our" said by the account's people becomes the account's.
/// Sentences taken here are marked used, so the general fact rules do not repeat them.
/// </summary>
internal sealed partial class PersonFactExtractor(IReadOnlyList<Sentence> sentences, IReadOnlyList<string> cleaned, HashSet<int> used, PeopleDirectory people, ExtractionContext context)
{
    private static readonly Dictionary<string, string> ThirdPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        ["own"] = "owns", ["run"] = "runs", ["lead"] = "leads", ["manage"] = "manages", ["head"] = "heads", ["cover"] = "covers",
        ["handle"] = "handles", ["approve"] = "approves", ["sign off on"] = "signs off on", ["report to"] = "reports to",
        ["look after"] = "looks after", ["am responsible for"] = "is responsible for", ["'m responsible for"] = "is responsible for",
        ["am in charge of"] = "is in charge of", ["'m in charge of"] = "is in charge of", ["work at"] = "works at", ["work for"] = "works for",
    };

    public IReadOnlyList<KeyFact> Extract(SourceDocument document, string? account)
    {
        var facts = new List<KeyFact>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (used.Contains(i) || sentences[i].IsQuestion || FactRules.IsNoise(cleaned[i]))
            {
                continue;
            }

            var stated = Clauses(cleaned[i]).Select(c => Statement(c, sentences[i].Speaker, account)).OfType<(string Person, string Text)>().ToList();
            if (stated.Count > 0)
            {
                used.Add(i);
                facts.AddRange(stated.Select(s => new KeyFact(s.Text, sentences[i].ToEvidence()) { About = s.Person }));
            }
        }

        facts.AddRange(EmailPersonFacts.Of(document, context, people, account));

        return facts.DistinctBy(f => f.Text, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>"Tom runs X, and Dana is our Y" → two clauses; "I'm Laura and I'm the project manager" → two.</summary>
    private static IEnumerable<string> Clauses(string sentence) =>
        ClauseBreak().Split(sentence.TrimEnd('.', '!', ' ')).Select(c => c.Trim()).Where(c => c.Length > 0);

    private (string Person, string Text)? Statement(string clause, string speaker, string? account)
    {
        var company = CompanyOf(speaker, account);
        var role = FirstPersonRole().Match(clause);
        role = role.Success ? role : SpeakingAs().Match(clause);
        if (role.Success && Speaker(speaker) is { } me && !IsOwnLabel(me, role.Groups["title"].Value))
        {
            var (title, ours) = Ours(role.Groups["title"].Value);
            ours |= role.Groups["side"].Value.Equals("our", StringComparison.OrdinalIgnoreCase);
            var at = role.Groups["org"].Success ? role.Groups["org"].Value : ours ? company : null;
            return PersonStatement.HasRoleNoun(title) ? (me, PersonStatement.RoleOf(me, title, at)) : null;
        }

        // "So I handle to": a duty needs something to be a duty for.
        if (FirstPersonDuty().Match(clause) is { Success: true } duty && duty.Groups["what"].Value.Split(' ').Length >= 2 && Speaker(speaker) is { } owner)
        {
            return (owner, PersonStatement.DutyOf(owner, $"{ThirdPerson[duty.Groups["verb"].Value]} {duty.Groups["what"].Value}", company));
        }

        var holders = FactRules.RoleHolders(clause);
        if (holders.Count != 1 || !clause.StartsWith(holders[0], StringComparison.Ordinal) || people.Resolve(holders[0]) is not { } holder)
        {
            return null;
        }

        var rest = clause[holders[0].Length..].Trim();
        if (NamedRole().Match(rest) is { Success: true } named)
        {
            var (title, ours) = Ours(named.Groups["title"].Value);
            return (holder, PersonStatement.RoleOf(holder, title, named.Groups["org"].Success ? named.Groups["org"].Value : ours ? company : null));
        }

        return (holder, PersonStatement.DutyOf(holder, rest, company));
    }

    /// <summary>A speaker who is a person the meeting knows, by full name; speakers labelled by role or number are not.</summary>
    private string? Speaker(string speaker) =>
        speaker.Length > 0 && people.Resolve(speaker) is { } who && who.Contains(' ', StringComparison.Ordinal) ? who : null;

    /// <summary>"Project Manager" saying "I'm the project manager": the label already says it.</summary>
    private static bool IsOwnLabel(string speaker, string title)
    {
        var words = title.Split(' ').Where(w => w.Length > 3).ToList();
        return words.Count > 0 && words.All(w => speaker.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whose "our" it is: the account's, when an account's person says it; the owner's side keeps "our" (the vault is theirs).</summary>
    private string? CompanyOf(string speaker, string? account) =>
        account is { Length: > 0 } && speaker.Length > 0 && !context.Us.Includes(people.Canonical(speaker)) && people.Resolve(account) is null ? account : null;

    /// <summary>"our procurement lead" → ("procurement lead", true): the company goes after "at"; "the CFO" stays.</summary>
    private static (string Title, bool Ours) Ours(string title)
    {
        var match = OurTitle().Match(title);
        return match.Success ? ("the " + match.Groups["rest"].Value, true) : (title, false);
    }

    [GeneratedRegex(@"\s*(?:[,;]\s*(?:and|but)\s+|;\s*|\s+and\s+(?=I\b|I'm\b))")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^(?:(?:so|and|well|yeah|hi|hello|okay|ok|yes|also),?\s+)*I(?:'m| am)(?: also| currently)? (?<title>(?:the|a|an|our|their) (?:[\w&/-]+ ){0,4}(?:" + PersonStatement.RoleNouns + @")(?: (?:of|for) [\w&/ -]+?)?)(?: (?:at|with|from) (?<org>\p{L}[\w&.-]*(?: \p{L}[\w&.-]*)*))?(?: on (?<side>our|their) side| here)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPersonRole();

    // "As the procurement lead at Initech I need the SOC 2 report": the role the speaker speaks in, before what they
    // say in it. The organisation is capitalised words up to the "I" (case-sensitive, so "at the moment" is none).
    // The words before the role noun are a greedy loop in these three patterns: .NET 10.0.401's compiled and
    // source-generated engines mishandle a lazy {0,4}? after the opener loop (compiled throws, generated never
    // returns on "Yes and as you say industry specialists delivering…"); the title runs to a fixed tail either way.
    [GeneratedRegex(@"^(?:(?:so|and|well|yeah|okay|ok|yes|also|now|look|honestly),?\s+)*as (?<title>(?:(?:the|a|an|our|their) )?(?:[\w&/-]+ ){0,4}(?:" + PersonStatement.RoleNouns + @")(?: (?:of|for) [\w&/ -]+?)?)(?: (?:at|with|from) (?<org>(?-i:\p{Lu}[\w&.-]*(?: (?!I\b)\p{Lu}[\w&.-]*)*)))?,? (?-i:I)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakingAs();

    [GeneratedRegex(@"^(?:(?:so|and|well|yeah|okay|ok|yes|also),?\s+)*I(?: also| currently)? (?<verb>own|run|lead|manage|head|cover|handle|approve|sign off on|report to|look after|am responsible for|'m responsible for|am in charge of|'m in charge of|work at|work for) (?<what>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPersonDuty();

    [GeneratedRegex(@"^(?:already |also |currently |still )?is (?<title>(?:our|the|their) (?:[\w&/-]+ ){0,4}(?:" + PersonStatement.RoleNouns + @")(?: (?:of|for) [\w&/ -]+?)?)(?: (?:at|with|from) (?<org>\p{L}[\w&.-]*(?: \p{L}[\w&.-]*)*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedRole();

    [GeneratedRegex(@"^(?:our|their) (?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex OurTitle();
}
