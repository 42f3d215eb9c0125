using Cairn.Extraction;

namespace Cairn.Resolution;

/// <summary>
/// Rewrites every name in an extract to its canonical vault name: an alias or a unique first name becomes the
/// note's title, "me" becomes the vault owner, and duplicates that turn out to be one person collapse.
/// </summary>
public static class ExtractResolver
{
    private static readonly HashSet<string> SelfNames = new(StringComparer.OrdinalIgnoreCase) { "me", "myself", "I" };

    public static MeetingExtract Resolve(MeetingExtract extract, EntityDirectory directory, string ownerName)
    {
        string Canonical(string name) => CanonicalName(name, directory, ownerName);
        var entities = extract.Entities
            .Select(e => e with { Name = Canonical(e.Name), Aliases = AliasesOf(e, Canonical(e.Name)) })
            .Where(e => e.Name.Length > 0)
            .GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First() with { Aliases = g.SelectMany(e => e.Aliases).Distinct(StringComparer.OrdinalIgnoreCase).ToList() })
            .ToList();
        return extract with
        {
            Account = string.IsNullOrWhiteSpace(extract.Account) ? null : Canonical(extract.Account),
            Participants = extract.Participants.Select(Canonical).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            ActionItems = extract.ActionItems.Select(a => a with { Owner = a.Owner is null ? null : Canonical(a.Owner) }).ToList(),
            Entities = entities,
        };
    }

    public static string CanonicalName(string name, EntityDirectory directory, string ownerName)
    {
        var clean = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (SelfNames.Contains(clean))
        {
            return ownerName;
        }

        return directory.Find(clean)?.Title ?? clean;
    }

    private static List<string> AliasesOf(Entity entity, string canonical) =>
        entity.Aliases.Append(entity.Name)
            .Where(a => a.Trim().Length > 0 && !string.Equals(a.Trim(), canonical, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
