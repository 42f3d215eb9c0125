using System.Text.Json;
using Cairn.Index;
using Microsoft.Data.Sqlite;

namespace Cairn.Queries;

/// <summary>
/// Entities over the index: lookup by name or alias (case-insensitive), the meetings that link to one (by its
/// name or any alias), the open tasks it owns in meeting notes, and the items of its note's sections.
/// </summary>
public static class EntityQuery
{
    private const string Keys = "(SELECT e.name_key UNION SELECT a.alias_key FROM index_aliases a WHERE a.note_id = e.note_id)";

    // A contact is a meeting the entity took part in (an attendee, or the account met); a mention is not one.
    // Both halves are index lookups by key, so the work grows with the entity's meetings, not with the vault
    // (the unary + keeps SQLite off index_notes_kind, which made it scan every meeting once per person).
    private const string TookPartIds =
        "(SELECT a.id FROM index_notes a WHERE +a.kind = 'Meeting' AND a.account_key IN " + Keys
        + " UNION SELECT p.note_id FROM index_participants p JOIN index_notes a ON a.id = p.note_id AND +a.kind = 'Meeting' WHERE p.key IN " + Keys + ")";

    /// <summary>The entity's last contact: the later of its note's <c>last_contact</c> and the newest meeting it took part in.</summary>
    public static string? LastContact(VaultIndex index, EntityRef entity)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"SELECT MAX(m.date) FROM index_entities e, index_notes m WHERE e.note_id = $id AND m.id IN {TookPartIds}";
        command.Parameters.AddWithValue("$id", entity.NoteId);
        return Latest(entity.LastContact, command.ExecuteScalar() as string);
    }

    /// <summary>The entity named <paramref name="name"/> (name or alias); people before companies before projects when several match.</summary>
    public static EntityRef? Find(VaultIndex index, string name)
    {
        var key = name.Trim().TrimStart('@').Replace("[[", string.Empty, StringComparison.Ordinal).Replace("]]", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        var found = Entities(index, "WHERE e.name_key = $key OR e.note_id IN (SELECT note_id FROM index_aliases WHERE alias_key = $key)", key);
        return found.OrderBy(e => e.Kind switch { "person" => 0, "company" => 1, _ => 2 }).FirstOrDefault();
    }

    public static IReadOnlyList<PersonRow> People(VaultIndex index, string? vaultOwner)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT e.name, n.path, e.last_contact,
              (SELECT COUNT(DISTINCT l.note_id) FROM index_links l JOIN index_notes m ON m.id = l.note_id AND +m.kind = 'Meeting' WHERE l.target_key IN {Keys}),
              (SELECT MAX(m.date) FROM index_notes m WHERE m.id IN {TookPartIds}),
              (SELECT COUNT(*) FROM index_tasks t WHERE t.is_open = 1 AND t.note_kind <> 'Entity'
                 AND t.owner_key IN (e.name_key, CASE WHEN e.name_key = $owner THEN 'myself' END))
            FROM index_entities e JOIN index_notes n ON n.id = e.note_id WHERE e.kind = 'person' ORDER BY e.name_key
            """;
        command.Parameters.AddWithValue("$owner", (object?)vaultOwner?.ToLowerInvariant() ?? DBNull.Value);
        var rows = new List<PersonRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var last = Latest(Text(reader, 2), Text(reader, 4));
            rows.Add(new PersonRow(reader.GetString(0), reader.GetString(1), last, reader.GetInt32(3), reader.GetInt32(5)));
        }

        return rows;
    }

    /// <summary>Meeting notes that link to the entity (or, for a company, whose account it is), newest first.</summary>
    public static IReadOnlyList<MeetingRef> Meetings(VaultIndex index, EntityRef entity, int limit = 10)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = """
            WITH keys(k) AS (SELECT name_key FROM index_entities WHERE note_id = $id UNION SELECT alias_key FROM index_aliases WHERE note_id = $id)
            SELECT m.id, m.path, m.title, m.date, m.account, m.summary FROM index_notes m
            WHERE m.kind = 'Meeting' AND (m.account_key IN keys OR m.id IN (SELECT l.note_id FROM index_links l WHERE l.target_key IN keys))
            ORDER BY m.date DESC, m.path LIMIT $limit
            """;
        command.Parameters.AddWithValue("$id", entity.NoteId);
        command.Parameters.AddWithValue("$limit", limit);
        return ReadMeetings(command);
    }

    /// <summary>Meetings the entity took part in (an attendee, or the account met; a mention is not one), newest first.</summary>
    public static IReadOnlyList<MeetingRef> MeetingsWith(VaultIndex index, EntityRef entity, int limit)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT m.id, m.path, m.title, m.date, m.account, m.summary FROM index_entities e, index_notes m
            WHERE e.note_id = $id AND m.id IN {TookPartIds} ORDER BY m.date DESC, m.path LIMIT $limit
            """;
        command.Parameters.AddWithValue("$id", entity.NoteId);
        command.Parameters.AddWithValue("$limit", limit);
        return ReadMeetings(command);
    }

    /// <summary>
    /// Meetings dated on or after <paramref name="since"/>, newest first: of the account <paramref name="account"/>
    /// when given, and that <paramref name="person"/> took part in when given.
    /// </summary>
    public static IReadOnlyList<MeetingRef> MeetingsSince(VaultIndex index, DateOnly since, string? account, EntityRef? person, int limit)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT m.id, m.path, m.title, m.date, m.account, m.summary FROM index_notes m
            LEFT JOIN index_entities e ON e.note_id = $person
            WHERE m.kind = 'Meeting' AND m.date >= $since
              AND ($account IS NULL OR m.account_key = $account)
              AND ($person IS NULL OR m.id IN {TookPartIds})
            ORDER BY m.date DESC, m.path LIMIT $limit
            """;
        command.Parameters.AddWithValue("$since", since.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$account", (object?)account?.Trim().ToLowerInvariant() ?? DBNull.Value);
        command.Parameters.AddWithValue("$person", (object?)person?.NoteId ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        return ReadMeetings(command);
    }

    /// <summary>Rows of (id, path, title, date, account, summary) as meetings.</summary>
    internal static List<MeetingRef> ReadMeetings(SqliteCommand command)
    {
        var meetings = new List<MeetingRef>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            meetings.Add(new MeetingRef(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5)));
        }

        return meetings;
    }

    internal static string? Latest(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) >= 0 ? a : b;

    private static List<EntityRef> Entities(VaultIndex index, string where, string key)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT e.note_id, e.name, e.kind, n.path, e.last_contact, (SELECT group_concat(alias, char(10)) FROM index_aliases a WHERE a.note_id = e.note_id)
            FROM index_entities e JOIN index_notes n ON n.id = e.note_id {where}
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

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
