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
        var entities = extract.Entities
            .Where(e => !directory.IsAmbiguousFirstName(e.Name) || fullNames.Count(p => PersonName.IsFirstNameOf(e.Name, p)) == 1)
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

    private static List<string> AliasesOf(Entity entity, string canonical) =>
        entity.Aliases.Append(entity.Name)
            .Where(a => a.Trim().Length > 0 && !string.Equals(a.Trim(), canonical, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
