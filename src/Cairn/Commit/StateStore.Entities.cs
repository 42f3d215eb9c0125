using System.Globalization;
using Cairn.Extraction;
using Cairn.Planning;
using Cairn.Synthesis;

namespace Cairn.Commit;

/// <summary>
/// Every entity note an ingest planned: its subject (name, kind, aliases, created) and whether its refresh is still
/// owed. A run records its entities as owed before any of its sources commits and settles each once its note is
/// written, so a process killed between the two leaves a record the next run finishes from (the meetings are
/// committed by then; the extract they came from is not kept). The subjects also give <c>rebuild</c> the kind
/// ingest chose for a link (a person mentioned in passing is not a project).
/// </summary>
public sealed partial class StateStore
{
    /// <summary>Records <paramref name="entities"/> (the newest subject wins) as owed a refresh, in one transaction.</summary>
    public void OweEntities(IEnumerable<PlannedEntity> entities) => InTransaction(() =>
    {
        using var insert = Command("""
            INSERT INTO entity_subjects(path, stem, name, kind, aliases, created, owed) VALUES ($path, $stem, $name, $kind, $aliases, $created, 1)
            ON CONFLICT(path) DO UPDATE SET stem = excluded.stem, name = excluded.name, kind = excluded.kind, aliases = excluded.aliases, created = excluded.created, owed = 1
            """);
        foreach (var entity in entities)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$path", entity.Path);
            insert.Parameters.AddWithValue("$stem", entity.Subject.Stem);
            insert.Parameters.AddWithValue("$name", entity.Subject.Name);
            insert.Parameters.AddWithValue("$kind", entity.Subject.Kind.ToString());
            insert.Parameters.AddWithValue("$aliases", string.Join('\n', entity.Subject.Aliases));
            insert.Parameters.AddWithValue("$created", entity.Subject.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            insert.ExecuteNonQuery();
        }
    });

    /// <summary>The entity notes still owed a refresh (a run died before writing them, or writing one failed).</summary>
    public IReadOnlyList<PlannedEntity> OwedEntities() => Subjects("WHERE owed = 1");

    /// <summary>Every entity subject an ingest recorded.</summary>
    public IReadOnlyList<PlannedEntity> EntitySubjects() => Subjects(string.Empty);

    /// <summary>Marks the notes at <paramref name="paths"/> as refreshed.</summary>
    public void SettleEntities(IEnumerable<string> paths) => InTransaction(() =>
    {
        using var update = Command("UPDATE entity_subjects SET owed = 0 WHERE path = $path");
        var path = update.Parameters.Add("$path", Microsoft.Data.Sqlite.SqliteType.Text);
        foreach (var value in paths)
        {
            path.Value = value;
            update.ExecuteNonQuery();
        }
    });

    private List<PlannedEntity> Subjects(string where)
    {
        using var command = Command($"SELECT path, stem, name, kind, aliases, created FROM entity_subjects {where} ORDER BY path");
        var result = new List<PlannedEntity>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var aliases = reader.GetString(4);
            var subject = new EntitySubject(
                reader.GetString(1),
                reader.GetString(2),
                Enum.TryParse<EntityKind>(reader.GetString(3), out var kind) ? kind : EntityKind.Project,
                aliases.Length == 0 ? [] : aliases.Split('\n'),
                DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture));
            result.Add(new PlannedEntity(reader.GetString(0), subject));
        }

        return result;
    }
}
