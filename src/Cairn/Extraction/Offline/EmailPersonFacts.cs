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
        if (us.Includes(sender) || Signed(email, people) is not { } signed)
        {
            yield break;
        }

        yield return new KeyFact(PersonStatement.RoleOf(sender, signed.Title, signed.Company ?? account), new Evidence(signed.Quote, email.From.Name)) { About = sender };
    }

    /// <summary>The company the sender's signature names ("Director of Clinical Operations | Vantor Health"), if any.</summary>
    public static string? SignatureCompany(SourceDocument document, PeopleDirectory people) =>
        document.Email is { } email ? Signed(email, people)?.Company : null;

    /// <summary>
    /// The title on the line under the sender's name, and the company after it or on the next line. The name is the
    /// line that has a title under it: a signature that signs off with the first name ("Best, / Mireille") and then
    /// gives the full name and the title gave no title before.
    /// </summary>
    private static SignedTitle? Signed(EmailParts email, PeopleDirectory people)
    {
        var sender = people.Canonical(email.From.Name);
        if (email.Signature is not { } signature || !sender.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var lines = signature.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var first = sender.Split(' ')[0];
        var name = Enumerable.Range(0, Math.Max(0, lines.Count - 1)).FirstOrDefault(
            i => (lines[i].Equals(sender, StringComparison.OrdinalIgnoreCase) || lines[i].Equals(first, StringComparison.OrdinalIgnoreCase)) && IsTitle(lines[i + 1]), -1);
        if (name < 0)
        {
            return null;
        }

        var parts = TitleSeparator().Split(lines[name + 1], 2);
        var company = parts.Length == 2 ? parts[1].Trim()
            : name + 2 < lines.Count && !Contact().IsMatch(lines[name + 2]) && !PersonStatement.HasRoleNoun(lines[name + 2]) && lines[name + 2].Length <= 60 ? lines[name + 2]
            : null;
        var quote = company is not null && parts.Length == 1 ? lines[name + 1] + "\n" + lines[name + 2] : lines[name + 1];
        return new SignedTitle(parts[0].Trim(), company, quote);
    }

    private static bool IsTitle(string line) => !Contact().IsMatch(line) && PersonStatement.HasRoleNoun(line);

    private sealed record SignedTitle(string Title, string? Company, string Quote);

    [GeneratedRegex(@"@|https?:|www\.|\d{3}")]
    private static partial Regex Contact();

    [GeneratedRegex(@"\s+(?:\||at|@|–|—|-)\s+|,\s+")]
    private static partial Regex TitleSeparator();
}
