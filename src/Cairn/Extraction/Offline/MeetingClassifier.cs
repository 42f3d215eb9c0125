using System.Text.RegularExpressions;
using Cairn.Sources;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Customer, partner, internal or one-on-one, and the account: the main external company (from email
/// domains, the title, "I'm Lena from Contoso"), or the other person of a one-on-one.
/// </summary>
internal static partial class MeetingClassifier
{
    public static IReadOnlyList<string> ExternalCompanies(
        SourceDocument document, string title, IReadOnlyList<Sentence> sentences, ExtractionContext context, PeopleDirectory people)
    {
        var companies = new List<string>();
        var ownerDomains = OwnerDomains(document, context);
        var body = string.Join("\n", sentences.Select(s => s.Text));
        List<string>? named = null;
        foreach (var p in AllParticipants(document))
        {
            if (p.Domain is { } domain && !ownerDomains.Contains(domain)
                && EntityRecognizer.CompanyFromDomain(domain, context.KnownEntities, named ??= NamedInSource(document, body, people)) is { } company)
            {
                AddOnce(companies, company);
            }
        }

        foreach (Match m in Introduction().Matches(string.Join("\n", sentences.Select(s => s.Text))))
        {
            var name = m.Groups["company"].Value;
            if (!FirstNames.Contains(name.Split(' ')[0]))
            {
                AddOnce(companies, name);
            }
        }

        foreach (var known in context.KnownEntities.Where(k => k.Kind == EntityKind.Company))
        {
            if (EntityRecognizer.Mentions(title, known.Name) || known.Aliases.Any(a => EntityRecognizer.Mentions(title, a)))
            {
                AddOnce(companies, known.Name);
            }
        }

        foreach (Match m in CompanyNameRules.Suffixed().Matches(title))
        {
            AddOnce(companies, m.Value.TrimEnd('.'));
        }

        // A title word alone is a company only in the owner's own meetings and when it is no English-shaped noun
        // ("Billing service sync"); a name the body also uses capitalised needs neither.
        var ownerPresent = people.Participants.Contains(people.Owner, StringComparer.OrdinalIgnoreCase);
        foreach (var name in CompanyNameRules.InTitle(RecapTitle.MeetingOf(title)))
        {
            // "Re: Vantor pilot scope" from vantorhealth.example: the title word is Vantor Health, not a company of its own.
            if (companies.Concat(KnownCompanies(context)).FirstOrDefault(k => CompanyNameRules.Spells(name, k)) is { } spelled
                && CompanyNameRules.IsPlausible(name, title + "\n" + body, people))
            {
                AddOnce(companies, spelled);
                break;
            }

            var inBody = EntityRecognizer.Mentions(body, name);
            if ((inBody || (ownerPresent && !CompanyNameRules.IsWordShaped(name))) && CompanyNameRules.IsPlausible(name, title + "\n" + body, people))
            {
                AddOnce(companies, name);
                break;
            }
        }

        foreach (var company in ParticipantCompanies(people, context).Concat(SpokenFor(sentences, title + "\n" + body, people, context.Us)))
        {
            AddOnce(companies, company);
        }

        // The owner's own organization is never the account, however its name comes up.
        companies.RemoveAll(c => context.OrganizationName is { Length: > 0 } us && c.Equals(us, StringComparison.OrdinalIgnoreCase));
        return companies;
    }

    /// <summary>
    /// The companies a source names that a domain's bare word may stand for: the signature's, then a name given in
    /// full ("the call with Brightwater Energy" for brightwater.example). A person's name never is one.
    /// </summary>
    private static List<string> NamedInSource(SourceDocument document, string body, PeopleDirectory people)
    {
        var named = EmailPersonFacts.SignatureCompany(document, people) is { } signed ? new List<string> { signed } : [];
        named.AddRange(FullNames().Matches(body).Select(m => m.Value).Where(n => !people.IsPersonName(n) && !FirstNames.Contains(n.Split(' ')[0])));
        return named;
    }

    /// <summary>A one-on-one's account is the other person, unless they are a colleague: a colleague is not an account.</summary>
    public static (MeetingType Type, string? Account) Classify(
        IReadOnlyList<string> externalCompanies, IReadOnlyList<string> participants, OurSide us, string title, string text)
    {
        var owner = us.Owner;
        if (externalCompanies.Count > 0)
        {
            var account = externalCompanies[0];
            var partner = WellKnownCompanies.Platforms.Contains(account) || PartnerWords().IsMatch(title) || PartnerWords().Matches(text).Count >= 2;
            return (partner ? MeetingType.Partner : MeetingType.Customer, account);
        }

        // Two people under a group meeting's title ("Platform team weekly") are a team that met small, not a one-on-one.
        if (participants.Count == 2 && !MeetingWords.NamesGroupMeeting(title))
        {
            var other = participants.FirstOrDefault(p => !p.Equals(owner, StringComparison.OrdinalIgnoreCase)) ?? participants[1];
            return (MeetingType.OneOnOne, us.Includes(other) ? null : other);
        }

        return (MeetingType.Internal, null);
    }

    private static IEnumerable<string> KnownCompanies(ExtractionContext context) =>
        context.KnownEntities.Where(k => k.Kind == EntityKind.Company).Select(k => k.Name);

    /// <summary>The companies the vault knows the participants work for, other than the owner's.</summary>
    private static IEnumerable<string> ParticipantCompanies(PeopleDirectory people, ExtractionContext context)
    {
        var persons = context.KnownEntities.Where(k => k.Kind == EntityKind.Person && k.Company is { Length: > 0 }).ToList();
        var ownCompany = persons.FirstOrDefault(k => k.Name.Equals(context.OwnerName, StringComparison.OrdinalIgnoreCase))?.Company;
        return people.Participants
            .Where(p => !context.Us.Includes(p))
            .Select(p => persons.FirstOrDefault(k => k.Name.Equals(p, StringComparison.OrdinalIgnoreCase))?.Company)
            .OfType<string>()
            .Where(c => !c.Equals(ownCompany, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A company someone other than the owner speaks for: the subject of their sentence ("Contoso runs 400
    /// GPUs") or "we at X", said by a speaker who also says we/our, and never named by the owner, who would
    /// not talk of a company in the third person to its own people. Only judged when the owner is present.
    /// </summary>
    private static IEnumerable<string> SpokenFor(IReadOnlyList<Sentence> sentences, string text, PeopleDirectory people, OurSide us)
    {
        if (!people.Participants.Contains(people.Owner, StringComparer.OrdinalIgnoreCase))
        {
            yield break;
        }

        var bySpeaker = sentences.GroupBy(s => people.Resolve(s.Speaker) ?? s.Speaker, StringComparer.OrdinalIgnoreCase).ToList();
        var ownerSays = string.Join("\n", bySpeaker.Where(g => g.Key.Equals(people.Owner, StringComparison.OrdinalIgnoreCase)).SelectMany(g => g).Select(s => s.Text));
        foreach (var group in bySpeaker.Where(g => g.Key.Length > 0 && !us.Includes(g.Key)))
        {
            if (!group.Any(s => FirstPersonPlural().IsMatch(s.Text)))
            {
                continue;
            }

            foreach (var name in group.SelectMany(s => CompanyNameRules.SpokenFor(s.Text)))
            {
                if (!EntityRecognizer.Mentions(ownerSays, name) && CompanyNameRules.IsPlausible(name, text, people))
                {
                    yield return name;
                }
            }
        }
    }

    public static IEnumerable<Participant> AllParticipants(SourceDocument document)
    {
        var all = document.Participants.AsEnumerable();
        if (document.Email is { } email)
        {
            all = all.Append(email.From).Concat(email.To).Concat(email.Cc);
        }

        return all;
    }

    /// <summary>Our email domains: the configured ones and those of our side's addresses in this source.</summary>
    internal static HashSet<string> OwnerDomains(SourceDocument document, ExtractionContext context)
    {
        var domains = new HashSet<string>(context.OwnerEmailDomains ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var p in AllParticipants(document))
        {
            if (p.Domain is { } d && context.Us.Includes(p.Name))
            {
                domains.Add(d);
            }
        }

        return domains;
    }

    /// <summary>
    /// Lists a company once: a name of one already listed (the domain's "Northgate", the title's "Northgate Partners":
    /// <see cref="CompanyName.IsSameCompany"/>) keeps the earlier place, in the fuller words.
    /// </summary>
    private static void AddOnce(List<string> list, string name)
    {
        var same = list.FindIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase) || CompanyName.IsSameCompany(n, name));
        if (same < 0)
        {
            list.Add(name);
        }
        else
        {
            list[same] = CompanyName.Fuller(list[same], name);
        }
    }

    [GeneratedRegex(@"\b(?:I'm|I am|this is|it's) \p{Lu}\p{Ll}+(?: \p{Lu}[\w'-]+)? (?:from|with|at|over at) (?<company>\p{Lu}[\w&-]+(?: \p{Lu}[\w&-]+)?)")]
    private static partial Regex Introduction();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\d&'-]+(?: \p{Lu}[\p{L}\d&'-]+){1,2}\b")]
    private static partial Regex FullNames();

    [GeneratedRegex(@"\b(?:we|our|us|ours)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPersonPlural();

    [GeneratedRegex(@"\b(?:partner(?:ship)?s?|alliance|co-?sell|reseller|resell|channel partner|marketplace listing|joint go-to-market|integration partner)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartnerWords();
}
