using Cairn.Notes;
using Microsoft.Data.Sqlite;

namespace Cairn.Index;

/// <summary>
/// The index's typed reads of entities: by name or alias key, the people with their contact counts, every
/// entity's name keys, and the people of an account. Keys are lower case, as the index stores them.
/// </summary>
public static class EntityReads
{
    /// <summary>The entities whose name or an alias is <paramref name="key"/> (lower case).</summary>
    public static IReadOnlyList<EntityRef> ByKey(VaultIndex index, string key)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = """
            SELECT e.note_id, e.name, e.kind, n.path, e.last_contact, (SELECT group_concat(alias, char(10)) FROM index_aliases a WHERE a.note_id = e.note_id)
            FROM index_entities e JOIN index_notes n ON n.id = e.note_id
            WHERE e.name_key = $key OR e.note_id IN (SELECT note_id FROM index_aliases WHERE alias_key = $key)
            """;
        command.Parameters.AddWithValue("$key", key);
        var found = new List<EntityRef>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var aliases = Text(reader, 5)?.Split('\n') ?? [];
            found.Add(new EntityRef(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Text(reader, 4), aliases));
        }

        return found;
    }

    /// <summary>Every person note, by name: meetings that link to them, their last contact, and the open meeting tasks they own (the owner's <c>@Myself</c> ones too).</summary>
    public static IReadOnlyList<PersonRow> People(VaultIndex index, string? vaultOwner)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT e.name, n.path, e.last_contact,
              {MeetingReads.MeetingCount},
              {MeetingReads.LastMet},
              (SELECT coalesce(SUM(c.n), 0) FROM index_counts c WHERE c.what = 'open_tasks'
                 AND c.key IN (e.name_key, CASE WHEN e.name_key = $owner THEN $myself END))
            FROM index_entities e JOIN index_notes n ON n.id = e.note_id WHERE e.kind = 'person' ORDER BY e.name_key
            """;
        command.Parameters.AddWithValue("$owner", (object?)vaultOwner?.ToLowerInvariant() ?? DBNull.Value);
        command.Parameters.AddWithValue("$myself", TaskOwner.Myself.ToLowerInvariant());
        var rows = new List<PersonRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var last = MeetingReads.Latest(Text(reader, 2), Text(reader, 4));
            rows.Add(new PersonRow(reader.GetString(0), reader.GetString(1), last, reader.GetInt32(3), reader.GetInt32(5)));
        }

        return rows;
    }

    /// <summary>Every entity's name with its keys (the name's, then each alias's), in no order.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Keys)> NameKeys(VaultIndex index)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT e.name, e.name_key, (SELECT group_concat(alias_key, char(10)) FROM index_aliases a WHERE a.note_id = e.note_id) FROM index_entities e";
        var names = new List<(string, IReadOnlyList<string>)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var keys = new List<string> { reader.GetString(1) };
            if (!reader.IsDBNull(2))
            {
                keys.AddRange(reader.GetString(2).Split('\n'));
            }

            names.Add((reader.GetString(0), keys));
        }

        return names;
    }

    /// <summary>
    /// An account's people: attendees of the meetings whose account is one of <paramref name="accountKeys"/>
    /// (lower case) who attend no meeting of <paramref name="ownTypes"/> (internal ones, one-on-ones) and none of
    /// another account, each once as first spelled, by name. Neither the vault owner nor <c>@Myself</c> is one.
    /// </summary>
    public static IReadOnlyList<string> AccountPeople(VaultIndex index, IReadOnlyList<string> accountKeys, IReadOnlyList<string> ownTypes, string? vaultOwner)
    {
        using var command = index.Connection.CreateCommand();
        // Participants may be written as links ("[[Lena Park]]"): read as the names they show.
        var p = NoteReads.LinkedNameSql("p.value");
        var q = NoteReads.LinkedNameSql("q.value");
        command.CommandText = $"""
            WITH keys(k) AS (SELECT value FROM json_each($keys)),
            att(p, name) AS (SELECT lower({p}), MIN({p}) FROM index_notes m, json_each(m.frontmatter, '$.{NoteProperties.Participants}') p
                WHERE m.kind = 'Meeting' AND m.account_key IN keys GROUP BY lower({p})),
            other(p) AS (SELECT DISTINCT lower({q}) FROM index_notes o, json_each(o.frontmatter, '$.{NoteProperties.Participants}') q
                WHERE o.kind = 'Meeting' AND (lower(o.type) IN (SELECT value FROM json_each($own))
                   OR (o.account_key IS NOT NULL AND o.account_key NOT IN keys AND o.account_key <> lower({q}))))
            SELECT name FROM att WHERE p NOT IN keys AND p <> $myself AND p <> coalesce($owner, '') AND p NOT IN other ORDER BY p
            """;
        command.Parameters.AddWithValue("$keys", JsonList.Of(accountKeys));
        command.Parameters.AddWithValue("$own", JsonList.Of(ownTypes));
        command.Parameters.AddWithValue("$myself", TaskOwner.Myself.ToLowerInvariant());
        command.Parameters.AddWithValue("$owner", (object?)vaultOwner?.ToLowerInvariant() ?? DBNull.Value);
        var people = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            people.Add(reader.GetString(0));
        }

        return people;
    }

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
