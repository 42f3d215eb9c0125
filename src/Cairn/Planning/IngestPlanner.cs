using Cairn.Extraction;
using Cairn.Notes;
using Cairn.Sources;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Planning;

/// <summary>
/// Turns one source and its resolved extract into a <see cref="MeetingPlan"/>: the meeting note (new, or an
/// update of the note a duplicate source already made), its archive move, and the entity notes it touches.
/// Pure: everything it knows of the vault comes in the <see cref="VaultLookup"/>.
/// </summary>
public static class IngestPlanner
{
    public static MeetingPlan Plan(IngestSource source, MeetingExtract extract, VaultLookup vault)
    {
        var entities = EntityPlanner.EntitiesOf(extract, vault, extract.Date);
        var model = Model(source, extract, vault, entities);
        var duplicate = DuplicateMeetings.Find(model, vault.MeetingsOn(extract.Date), vault.Config.Organization.Us(vault.Owner));
        string path;
        NoteChangeKind kind;
        if (duplicate is not null)
        {
            model = DuplicateMeetings.Merge(duplicate, model);
            path = duplicate.Path;
            kind = NoteChangeKind.Update;
        }
        else
        {
            path = MeetingPath(extract, vault);
            kind = NoteChangeKind.Create;
        }

        var content = MeetingNoteRenderer.Render(model);
        var view = MeetingNoteReader.Read(path, content, vault.Owner)!;
        var change = new ChangeSet(source.InboxPath, source.Hash, [new NoteChange(path, content, kind)], new FileMove(source.InboxPath, ArchivePathOf(source, extract.Date, vault)));
        return new MeetingPlan(change, view, entities);
    }

    public static string SourceKindOf(SourceKind kind) => kind switch
    {
        SourceKind.Email => "email",
        SourceKind.Notes => "notes",
        _ => "transcript",
    };

    private static MeetingNoteModel Model(IngestSource source, MeetingExtract extract, VaultLookup vault, IReadOnlyList<PlannedEntity> entities)
    {
        NoteLinkTarget Target(PlannedEntity e) => new(e.Subject.Stem, e.Subject.Name);
        var account = extract.Account is { Length: > 0 } name
            ? entities.FirstOrDefault(e => e.Subject.IsNamed(name)) is { } found ? Target(found) : null
            : null;
        return new MeetingNoteModel(
            YamlText.OneLine(extract.Title) is { Length: > 0 } title ? title : Path.GetFileNameWithoutExtension(source.InboxPath),
            CairnConfig.RoutingKey(extract.Type),
            extract.Date,
            account,
            extract.Participants,
            SourceKindOf(source.Document.Kind),
            ArchivePathOf(source, extract.Date, vault),
            extract.Summary,
            extract.ActionItems.Select(a => new MeetingTask(
                a.Text, a.Owner, string.Equals(a.Owner, vault.Owner, StringComparison.OrdinalIgnoreCase), a.Priority, a.Due)).ToList(),
            extract.Decisions.Select(d => DecisionLine.Format(d.Text, DeciderOf(d, extract.Participants))).ToList(),
            extract.KeyFacts.Select(f => f.Text).ToList(),
            entities.Select(Target).ToList())
        {
            // Only where a model was configured: a plain offline run's notes stay as they were (no key means offline).
            Extractor = extract.Origin?.Extractor,
            Model = extract.Origin?.Model,
            Topics = extract.Topics.Select(YamlText.OneLine).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };
    }

    private static string MeetingPath(MeetingExtract extract, VaultLookup vault)
    {
        var folder = vault.Config.MeetingFolder(extract.Type, extract.Account);
        var stem = SafeName.For($"{IsoDate.Format(extract.Date)} - {YamlText.OneLine(extract.Title)}");
        var unique = stem;
        for (var n = 2; vault.MeetingStemTaken(unique) || vault.PathTaken($"{folder}/{unique}.md"); n++)
        {
            unique = SafeName.For($"{stem} ({n})");
        }

        return $"{folder}/{unique}.md";
    }

    /// <summary>
    /// Where the source is archived: <c>Inbox/_archive/&lt;meeting date&gt;/&lt;safe name&gt;</c>, never over another file; a
    /// Markdown source as <c>name.md.txt</c> (<see cref="ArchivedName"/>).
    /// </summary>
    private static string ArchivePathOf(IngestSource source, DateOnly date, VaultLookup vault)
    {
        var name = Path.GetFileName(source.InboxPath.Replace('\\', '/'));
        var extension = ArchivedName.For(new string(Path.GetExtension(name).Where(c => c == '.' || char.IsAsciiLetterOrDigit(c)).ToArray()).ToLowerInvariant());
        var stem = SafeName.For(Path.GetFileNameWithoutExtension(name));
        var folder = vault.Config.Folders.ArchiveFor(date);
        var candidate = $"{folder}/{stem}{extension}";
        for (var n = 2; vault.PathTaken(candidate); n++)
        {
            candidate = $"{folder}/{SafeName.For($"{stem} ({n})")}{extension}";
        }

        return candidate;
    }

    /// <summary>The attendee whose words a decision came from, spelled as the meeting lists them.</summary>
    private static string? DeciderOf(Decision decision, IReadOnlyList<string> participants) =>
        decision.Evidence.Speaker is { Length: > 0 } speaker
            ? participants.FirstOrDefault(p => string.Equals(p.Trim(), speaker.Trim(), StringComparison.OrdinalIgnoreCase))
            : null;
}
