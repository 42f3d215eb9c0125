using System.Text.RegularExpressions;
using Cairn.Sources;

namespace Cairn.Extraction.Offline;

/// <summary>
/// What an email's structure states about people, whichever extractor reads its prose: the addresses of the
/// people not on our side (neither us by name nor at one of our domains) and the sender's title under their
/// name in the signature. Written as those people's facts (<see cref="PersonStatement"/>); the model never sees
/// headers or signatures, so the LLM path takes these from here too.
/// </summary>
internal static partial class EmailPersonFacts
{
    public static IEnumerable<KeyFact> Of(SourceDocument document, ExtractionContext context, PeopleDirectory people, string? account)
    {
        if (document.Email is not { } email)
        {
            return [];
        }

        return Addresses(email, people, context.Us, MeetingClassifier.OwnerDomains(document, context)).Concat(SignatureTitle(email, people, context.Us, account));
    }

    private static IEnumerable<KeyFact> Addresses(EmailParts email, PeopleDirectory people, OurSide us, HashSet<string> ourDomains)
    {
        foreach (var p in new[] { email.From }.Concat(email.To).Concat(email.Cc))
        {
            if (p.Email is { Length: > 0 } address && p.Name.Contains(' ', StringComparison.Ordinal) && !p.Name.Contains('@', StringComparison.Ordinal)
                && !us.Includes(people.Canonical(p.Name)) && !(p.Domain is { } domain && ourDomains.Contains(domain)))
            {
                var who = people.Canonical(p.Name);
                yield return new KeyFact(PersonStatement.EmailOf(who, address), new Evidence($"{p.Name} <{address}>")) { About = who };
            }
        }
    }

    /// <summary>The sender's title under their name in the signature ("Priya Raman / Director of IT | Contoso").</summary>
    private static IEnumerable<KeyFact> SignatureTitle(EmailParts email, PeopleDirectory people, OurSide us, string? account)
    {
        var sender = people.Canonical(email.From.Name);
        if (email.Signature is not { } signature || !sender.Contains(' ', StringComparison.Ordinal) || us.Includes(sender))
        {
            yield break;
        }

        var lines = signature.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var name = lines.FindIndex(l => l.Equals(sender, StringComparison.OrdinalIgnoreCase) || l.Equals(sender.Split(' ')[0], StringComparison.OrdinalIgnoreCase));
        if (name < 0 || name + 1 >= lines.Count || Contact().IsMatch(lines[name + 1]) || !PersonStatement.HasRoleNoun(lines[name + 1]))
        {
            yield break;
        }

        var parts = TitleSeparator().Split(lines[name + 1], 2);
        var company = parts.Length == 2 ? parts[1].Trim()
            : name + 2 < lines.Count && !Contact().IsMatch(lines[name + 2]) && !PersonStatement.HasRoleNoun(lines[name + 2]) && lines[name + 2].Length <= 60 ? lines[name + 2]
            : null;
        var quote = company is not null && parts.Length == 1 ? lines[name + 1] + "\n" + lines[name + 2] : lines[name + 1];
        yield return new KeyFact(PersonStatement.RoleOf(sender, parts[0].Trim(), company ?? account), new Evidence(quote, email.From.Name)) { About = sender };
    }

    [GeneratedRegex(@"@|https?:|www\.|\d{3}")]
    private static partial Regex Contact();

    [GeneratedRegex(@"\s+(?:\||at|@|–|—|-)\s+|,\s+")]
    private static partial Regex TitleSeparator();
}
