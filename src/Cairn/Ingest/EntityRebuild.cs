using Cairn.Notes;
using Cairn.Planning;
using Cairn.Vault;

namespace Cairn.Ingest;

/// <summary>
/// Regenerates every entity note from the meeting notes on disk: each entity a meeting links to, plus every
/// existing entity note. Notes whose text would not change are left alone. A link whose entity an ingest recorded
/// (<paramref name="recorded"/>, from state.db) is planned as that ingest planned it, so a rebuild makes what
/// ingest makes even where the note is missing; any other link's kind is guessed from the meeting. The writes are
/// what the commit makes of them, merged with the person's edits against <paramref name="ledger"/> (the dry run's diff).
/// </summary>
public static class EntityRebuild
{
    public static IngestReport Plan(VaultPaths paths, CairnConfig config, string owner, DateTimeOffset now, IReadOnlyList<PlannedEntity>? recorded = null, Func<string, string?>? ledger = null)
    {
        var state = new VaultState(paths, config, owner);
        var today = DateOnly.FromDateTime(now.Date);
        var snapshot = state.Lookup();
        var subjects = (recorded ?? []).GroupBy(r => r.Subject.Stem, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Subject, StringComparer.OrdinalIgnoreCase);
        var entities = new Dictionary<string, PlannedEntity>(StringComparer.OrdinalIgnoreCase);
        foreach (var meeting in state.MeetingPaths.ToList().Select(state.Meeting).OfType<MeetingNoteView>())
        {
            var date = meeting.Date;
            foreach (var stem in meeting.Related)
            {
                if (subjects.TryGetValue(stem, out var subject))
                {
                    if (EntityPlanner.Replan(subject, snapshot) is { } replanned)
                    {
                        entities.TryAdd(replanned.Path, replanned);
                    }

                    continue;
                }

                var known = state.Entities.Find(stem);
                var kind = known?.Kind ?? (meeting.Participants.Contains(stem, StringComparer.OrdinalIgnoreCase) ? Extraction.EntityKind.Person
                    : string.Equals(meeting.AccountStem, stem, StringComparison.OrdinalIgnoreCase) ? Extraction.EntityKind.Company : Extraction.EntityKind.Project);
                var planned = EntityPlanner.EntitiesOf(
                    new Extraction.MeetingExtract(meeting.Title, Extraction.MeetingType.Internal, null, date, [], string.Empty, [], [], [], [new Extraction.Entity(known?.Title ?? stem, kind, [])], []),
                    snapshot,
                    today);
                foreach (var entity in planned)
                {
                    entities.TryAdd(entity.Path, entity);
                }
            }
        }

        // A tick made on a copy is carried to its meeting first, so every entity note is rendered with the task done.
        var changes = state.CarryTicks(entities.Values.Select(e => (e.Path, e.Subject.Stem))).ToList();
        foreach (var entity in entities.Values.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            var content = EntityPlanner.Render(entity, state.MeetingsLinking(entity.Subject.Stem), config.Organization.Us(owner));
            var current = state.DiskText(entity.Path);
            if (!string.Equals(current, content, StringComparison.Ordinal))
            {
                changes.Add(new NoteChange(entity.Path, content, current is null ? NoteChangeKind.Create : NoteChangeKind.Update));
            }
        }

        var writes = changes.Select(c => PlannedWrite.Of(c.Path, state.DiskText(c.Path), c.Content, ledger?.Invoke(c.Path))).Where(w => w.Changes).ToList();
        return new IngestReport([], [], writes) { EntityChanges = changes.Select(c => IngestCommit.Unsourced([c], state.DiskText(c.Path))).ToList() };
    }
}
