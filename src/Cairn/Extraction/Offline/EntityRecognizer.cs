using System.Text.RegularExpressions;
using Cairn.Sources;

namespace Cairn.Extraction.Offline;

/// <summary>
/// People, companies, projects and products the source names. Only names a rule recognises count: a
/// participant, a known vault entity, a well-known company or product, a company-shaped name ("… Robotics",
/// "… Inc."), a name in a company's place ("Contoso runs", "at Contoso"), a given name, "Project X". A capitalised word that is none of these (a sentence opener, an
/// acronym, a common noun) is not an entity.
/// </summary>
internal sealed partial class EntityRecognizer(PeopleDirectory people, ExtractionContext context)
{
    public IReadOnlyList<Entity> Recognize(IReadOnlyList<Sentence> sentences, string title, IEnumerable<string> externalCompanies)
    {
        var found = new EntityCollector();
        foreach (var p in people.Participants)
        {
            found.Add(p, EntityKind.Person, KnownAliases(p));
        }

        var text = title + "\n" + string.Join("\n", sentences.Select(s => s.Text));
        foreach (var company in externalCompanies)
        {
            found.Add(company, EntityKind.Company, KnownAliases(company));
        }

        foreach (var known in context.KnownEntities)
        {
            if (Mentions(text, known.Name) || known.Aliases.Any(a => Mentions(text, a)))
            {
                found.Add(known.Name, known.Kind, known.Aliases);
            }
        }

        foreach (var (name, aliases) in WellKnownCompanies.Companies)
        {
            var said = aliases.Where(a => Mentions(text, a)).ToList();
            if (said.Count > 0 || Mentions(text, name))
            {
                found.Add(name, EntityKind.Company, aliases);
            }
        }

        foreach (var product in WellKnownCompanies.Products.Where(p => Mentions(text, p)))
        {
            found.Add(product, EntityKind.Product);
        }

        foreach (Match m in Nickname().Matches(text))
        {
            var full = people.Resolve(m.Groups["full"].Value) ?? m.Groups["full"].Value;
            found.Add(full, EntityKind.Person, [m.Groups["nick"].Value]);
        }

        foreach (var s in sentences.Select(s => s.Text).Prepend(title))
        {
            AddNamed(s, text, found);
        }

        return found.ToList();
    }

    private void AddNamed(string sentence, string text, EntityCollector found)
    {
        foreach (var name in CompanyNameRules.Cued(sentence))
        {
            if (!IsWellKnown(name) && !found.Has(name) && CompanyNameRules.IsPlausible(name, text, people))
            {
                found.Add(name, EntityKind.Company);
            }
        }

        foreach (Match m in CompanyNameRules.Suffixed().Matches(sentence))
        {
            found.Add(m.Value.TrimEnd('.'), EntityKind.Company);
        }

        foreach (Match m in CompanyContext().Matches(sentence))
        {
            var name = m.Groups["name"].Value;
            if (!FirstNames.Contains(name.Split(' ')[0]) && !people.IsPersonName(name) && !CalendarWord().IsMatch(name) && !IsWellKnown(name))
            {
                found.Add(name, EntityKind.Company);
            }
        }

        foreach (Match m in ProjectShaped().Matches(sentence))
        {
            found.Add(m.Groups["name"].Value + " project", EntityKind.Project, [m.Value]);
        }

        foreach (Match m in Capitalised().Matches(sentence))
        {
            if (m.Index == 0 && !people.IsPersonName(m.Value) && (AmbiguousNames().IsMatch(m.Value) || !FirstNames.Contains(m.Value.Split(' ')[0])))
            {
                continue;
            }

            var words = m.Value.Split(' ');
            if (!FirstNames.Contains(words[0]) && people.Resolve(m.Value) is null)
            {
                continue;
            }

            var resolved = people.Resolve(m.Value) ?? people.Resolve(words[0]);
            if (resolved is not null)
            {
                found.Add(resolved, EntityKind.Person, KnownAliases(resolved));
            }
            else if (words.Length <= 2 && !found.Has(m.Value))
            {
                found.Add(m.Value, EntityKind.Person);
            }
        }
    }

    private static bool IsWellKnown(string name) =>
        WellKnownCompanies.Companies.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || c.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase))
        || WellKnownCompanies.Products.Contains(name, StringComparer.OrdinalIgnoreCase);

    private IEnumerable<string> KnownAliases(string name) =>
        context.KnownEntities.FirstOrDefault(k => k.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Aliases ?? [];

    internal static bool Mentions(string text, string name)
    {
        if (name.Length < 2)
        {
            return false;
        }

        var at = text.IndexOf(name, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + name.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }

            at = text.IndexOf(name, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>
    /// The company an email domain names, unless it is the owner's or a mailbox provider: a known company that
    /// lists the domain, else one the domain spells (a known company's name or alias, or one this source names, as
    /// vantorhealth.example spells Vantor Health), else the domain's own name.
    /// </summary>
    public static string? CompanyFromDomain(string domain, IEnumerable<KnownEntity> known, IEnumerable<string> namedInSource)
    {
        var companies = known.Where(k => k.Kind == EntityKind.Company).ToList();
        var knownCompany = companies.FirstOrDefault(k => (k.EmailDomains ?? []).Any(d => d.Equals(domain, StringComparison.OrdinalIgnoreCase)));
        if (knownCompany is not null)
        {
            return knownCompany.Name;
        }

        var labels = domain.Split('.');
        if (labels.Length < 2 || MailProviders().IsMatch(domain))
        {
            return null;
        }

        var label = labels.Length >= 3 && labels[^2].Length <= 3 ? labels[^3] : labels[^2];
        var spelled = companies.FirstOrDefault(k => k.Aliases.Prepend(k.Name).Any(n => CompanyNameRules.Spells(label, n)))?.Name
            ?? namedInSource.FirstOrDefault(n => CompanyNameRules.Spells(label, n));
        if (spelled is not null)
        {
            return spelled;
        }

        var builtIn = WellKnownCompanies.Companies.FirstOrDefault(c => c.Name.Replace(" ", string.Empty).Equals(label, StringComparison.OrdinalIgnoreCase));
        if (builtIn.Name is not null)
        {
            return builtIn.Name;
        }

        var words = label.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"(?<=\b(?:the|a|an|our|their|your|with|for|at|from) )(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?:renewal|account|deal|contract|deployment|rollout|POC|opportunity|engagement|migration|onboarding|purchase order|RFP|tender)\b")]
    private static partial Regex CompanyContext();

    [GeneratedRegex(@"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarWord();

    [GeneratedRegex(@"^(?:will|mark|may|grace|hope|bill|jack|max|pat|sue|rob|joy|faith|april|june|dawn|rose|art|lee|chase|drew|guy|ray|sky|summer|autumn|ken|jean|don|dean|gene|mike)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmbiguousNames();

    [GeneratedRegex(@"\b[Pp]roject (?<name>\p{Lu}[\w-]+)\b")]
    private static partial Regex ProjectShaped();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:[ -](?:O')?\p{Lu}\p{Ll}[\w'-]*)?\b")]
    private static partial Regex Capitalised();

    [GeneratedRegex(@"\b(?<full>\p{Lu}\p{Ll}+(?: \p{Lu}[\w'-]+)?) \((?<nick>\p{Lu}\p{Ll}+)\)")]
    private static partial Regex Nickname();

    [GeneratedRegex(@"(?:^|\.)(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|mail|example)\.[a-z.]+$", RegexOptions.IgnoreCase)]
    private static partial Regex MailProviders();
}
