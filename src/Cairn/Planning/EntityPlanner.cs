using Cairn.Extraction;
using Cairn.Notes;
using Cairn.Resolution;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Planning;

/// <summary>
/// Decides which entity notes a meeting touches and where they live, and renders them from the meetings that
/// link to them. An entity already in the vault keeps its note, stem, created date and aliases.
/// </summary>
public static class EntityPlanner
{
    /// <summary>The entities of a resolved extract, in Related order: account, attendees, then everything mentioned.</summary>
    public static IReadOnlyList<PlannedEntity> EntitiesOf(MeetingExtract extract, VaultLookup vault, DateOnly today)
    {
        var wanted = new List<(string Name, EntityKind Kind, IReadOnlyList<string> Aliases)>();
        if (extract.Account is { Length: > 0 } account)
        {
            // A one-on-one's account is the other person: their person note, not a company.
            var isPerson = extract.Participants.Contains(account, StringComparer.OrdinalIgnoreCase)
                || vault.Entities.Find(account)?.Kind == EntityKind.Person;
            wanted.Add((account, isPerson ? EntityKind.Person : EntityKind.Company, []));
        }

        wanted.AddRange(extract.Participants.Select(p => (p, EntityKind.Person, (IReadOnlyList<string>)[])));
        wanted.AddRange(extract.Entities.Select(e => (e.Name, e.Kind, e.Aliases)));
        var planned = new List<PlannedEntity>();
        foreach (var (name, kind, aliases) in wanted)
        {
            var entity = Plan(name, kind, aliases, vault, today);
            if (entity is null)
            {
                continue;
            }

            // Named twice (the account, then as a mention with aliases): one note, in its first place, with every alias.
            var earlier = planned.FindIndex(p => string.Equals(p.Subject.Stem, entity.Subject.Stem, StringComparison.OrdinalIgnoreCase));
            if (earlier < 0)
            {
                planned.Add(entity);
            }
            else
            {
                planned[earlier] = entity;
            }
        }

        return planned;
    }

    /// <summary>
    /// The entity a recorded <paramref name="subject"/> names, planned again against the vault as it is now: an
    /// interrupted run's entity notes, or a rebuild's, come out as the ingest that recorded it planned them.
    /// </summary>
    public static PlannedEntity? Replan(EntitySubject subject, VaultLookup vault) =>
        Plan(subject.Name, subject.Kind, subject.Aliases, vault, subject.Created);

    /// <summary>The entity note's new text, a pure function of its subject and the meetings that link to it.</summary>
    public static string Render(PlannedEntity entity, IEnumerable<MeetingNoteView> meetings, OurSide? us = null) =>
        EntityNoteRenderer.Render(EntityNoteComposer.Compose(entity.Subject, meetings, us));

    private static PlannedEntity? Plan(string name, EntityKind kind, IReadOnlyList<string> aliases, VaultLookup vault, DateOnly today)
    {
        var title = YamlText.OneLine(name);
        if (title.Length == 0 || (kind == EntityKind.Person && vault.Entities.IsAmbiguousFirstName(title)))
        {
            return null;
        }

        var known = vault.Entities.Find(title) ?? vault.Entities.Find(SafeName.For(title));
        if (known is not null)
        {
            var merged = known.Aliases.Concat(aliases)
                .Where(a => !string.Equals(a, known.Title, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (merged.Count != known.Aliases.Count)
            {
                known = known with { Aliases = merged };
                vault.Entities.Replace(known);
            }

            return new PlannedEntity(known.Path, Subject(known, today));
        }

        var stem = SafeName.For(title);
        var layout = vault.Config.Folders;
        var path = kind switch
        {
            EntityKind.Person => layout.PersonNote(title),
            EntityKind.Company => layout.CompanyNote(title),
            _ => layout.ProjectNote(title),
        };
        var allAliases = aliases.Where(a => !string.Equals(a, title, StringComparison.OrdinalIgnoreCase)).ToList();
        if (!string.Equals(stem, title, StringComparison.Ordinal))
        {
            allAliases.Insert(0, title);
        }

        var note = new KnownNote(path, stem, title, kind, allAliases.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), today);
        vault.Entities.Add(note);
        return new PlannedEntity(path, Subject(note, today));
    }

    private static EntitySubject Subject(KnownNote note, DateOnly today) =>
        new(note.Stem, note.Title, note.Kind, note.Aliases, note.Created ?? today);
}
