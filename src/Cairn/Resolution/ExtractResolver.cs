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
        // Full names first, so a bare first name can be matched against the people of this very meeting.
        var fullNames = extract.Participants.Where(p => p.Trim().Contains(' ', StringComparison.Ordinal))
            .Select(p => CanonicalName(p, directory, ownerName)).ToList();
        string Canonical(string name) => CanonicalName(name, directory, ownerName, fullNames);
        var companies = CompanyNames(extract, directory, Canonical);
        string Named(Entity e) => e.Kind == EntityKind.Company && companies.TryGetValue(e.Name, out var company) ? company : Canonical(e.Name);
        var entities = extract.Entities
            .Where(e => !directory.IsAmbiguousFirstName(e.Name) || fullNames.Count(p => PersonName.IsFirstNameOf(e.Name, p)) == 1)
            .Select(e => e with { Name = Named(e), Aliases = AliasesOf(e, Named(e)) })
            .Where(e => e.Name.Length > 0)
            .GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First() with { Aliases = g.SelectMany(e => e.Aliases).Distinct(StringComparer.OrdinalIgnoreCase).ToList() })
            .ToList();
        return extract with
        {
            Account = string.IsNullOrWhiteSpace(extract.Account) ? null
                : companies.TryGetValue(extract.Account, out var account) ? account : Canonical(extract.Account),
            Participants = extract.Participants.Select(Canonical).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            ActionItems = extract.ActionItems.Select(a => a with { Owner = a.Owner is null ? null : Canonical(a.Owner) }).ToList(),
            Entities = entities,
        };
    }

    /// <summary>
    /// The canonical name: "me" is the owner; a title, file name or alias is that note's title; a bare first name
    /// is the one attendee of <paramref name="participants"/> who has it, else the one person the vault (and the
    /// run) knows by it. A first name several people share stays as written (the planner gives it no note).
    /// </summary>
    public static string CanonicalName(string name, EntityDirectory directory, string ownerName, IReadOnlyList<string>? participants = null)
    {
        var clean = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (SelfNames.Contains(clean))
        {
            return ownerName;
        }

        if (directory.FindExact(clean) is { } note)
        {
            return note.Title;
        }

        if (clean.Contains(' ', StringComparison.Ordinal))
        {
            return clean;
        }

        var attendees = (participants ?? []).Where(p => PersonName.IsFirstNameOf(clean, p)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var full = attendees.Count == 1 ? attendees[0] : attendees.Count == 0 ? directory.FullNameFor(clean) : null;
        return full is null ? clean : directory.FindExact(full)?.Title ?? full;
    }

    /// <summary>
    /// One name per company among the extract's companies (and a company account): names that are one company
    /// (<see cref="CompanyName.IsSameCompany"/>: "Initech", "Initech Systems") become the vault's note for it when
    /// there is one (a note is never renamed: links point at it), else the fuller name; the others stay as aliases.
    /// </summary>
    private static Dictionary<string, string> CompanyNames(MeetingExtract extract, EntityDirectory directory, Func<string, string> canonical)
    {
        var names = extract.Entities.Where(e => e.Kind == EntityKind.Company).Select(e => e.Name).ToList();
        if (extract.Account is { Length: > 0 } account && !extract.Participants.Contains(account, StringComparer.OrdinalIgnoreCase)
            && directory.Find(account)?.Kind is null or EntityKind.Company)
        {
            names.Add(account);
        }

        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var resolved = canonical(name);
            map[name] = directory.FindCompany(resolved)?.Title ?? resolved;
        }

        foreach (var name in map.Keys.ToList())
        {
            var peers = map.Values.Where(v => CompanyName.IsSameCompany(v, map[name])).ToList();
            map[name] = peers.FirstOrDefault(p => directory.FindExact(p)?.Kind == EntityKind.Company) ?? peers.Aggregate(CompanyName.Fuller);
        }

        return map;
    }

    private static List<string> AliasesOf(Entity entity, string canonical) =>
        entity.Aliases.Append(entity.Name)
            .Where(a => a.Trim().Length > 0 && !string.Equals(a.Trim(), canonical, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
