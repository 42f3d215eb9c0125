using System.Globalization;
using Cairn.Notes;
using Microsoft.Data.Sqlite;

namespace Cairn.Index;

/// <summary>
/// The index's typed reads of meetings: those an entity took part in or that link to it, those since a day, an
/// account's, and the accounts met. Newest first, as <see cref="MeetingRef"/>s.
/// </summary>
public static class MeetingReads
{
    /// <summary>An entity's keys (alias <c>e</c>, an <c>index_entities</c> row): its name and every alias, lower case.</summary>
    internal const string Keys = "(SELECT e.name_key UNION SELECT a.alias_key FROM index_aliases a WHERE a.note_id = e.note_id)";

    // A contact is a meeting the entity took part in: an attendee, or the account met; a mention is not one. This is
    // the one rule, read two ways that MeetingReadsTests hold to each other: the meetings (TookPartIds) and the newest
    // of their dates (LastMet). Both halves are index lookups by key, so the work grows with the entity's meetings,
    // not with the vault (the unary + keeps SQLite off index_notes_kind, which made it scan every meeting once per person).
    private const string AccountMet = "FROM index_notes a WHERE +a.kind = 'Meeting' AND a.account_key IN " + Keys;

    internal const string TookPartIds =
        "(SELECT a.id " + AccountMet
        + " UNION SELECT p.note_id FROM index_participants p JOIN index_notes a ON a.id = p.note_id AND +a.kind = 'Meeting' WHERE p.key IN " + Keys + ")";

    /// <summary>
    /// The newest meeting the entity (alias <c>e</c>) took part in, as <see cref="TookPartIds"/> reads them, from the
    /// indexes alone: an attendee's row carries its meeting's date (null for a note that is no meeting, so it never
    /// counts; an undated meeting has no date to count), and the account's meetings.
    /// </summary>
    internal const string LastMet =
        "(SELECT MAX(d) FROM (SELECT MAX(p.meeting_date) AS d FROM index_participants p WHERE p.key IN " + Keys
        + " UNION ALL SELECT MAX(a.date) " + AccountMet + "))";

    // How many meetings link to the entity: its key's row in index_counts (one read, whatever the vault's size);
    // with aliases, the distinct meetings over every key, since one meeting may link two of them.
    internal const string MeetingCount =
        "(CASE WHEN EXISTS (SELECT 1 FROM index_aliases a WHERE a.note_id = e.note_id)"
        + " THEN (SELECT COUNT(DISTINCT l.note_id) FROM index_links l WHERE l.target_key IN " + Keys + " AND l.meeting = 1)"
        + " ELSE coalesce((SELECT c.n FROM index_counts c WHERE c.what = 'meetings' AND c.key = e.name_key), 0) END)";

    private const string Columns = "m.id, m.path, m.title, m.date, m.account, m.summary";

    /// <summary>The entity's last contact: the later of its note's <c>last_contact</c> and the newest meeting it took part in.</summary>
    public static string? LastContact(VaultIndex index, EntityRef entity)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"SELECT {LastMet} FROM index_entities e WHERE e.note_id = $id";
        command.Parameters.AddWithValue("$id", entity.NoteId);
        return Latest(entity.LastContact, command.ExecuteScalar() as string);
    }

    /// <summary>Meeting notes that link to the entity (or, for a company, whose account it is), newest first.</summary>
    public static IReadOnlyList<MeetingRef> Linking(VaultIndex index, EntityRef entity, int limit = 10)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"""
            WITH keys(k) AS (SELECT name_key FROM index_entities WHERE note_id = $id UNION SELECT alias_key FROM index_aliases WHERE note_id = $id)
            SELECT {Columns} FROM index_notes m
            WHERE m.kind = 'Meeting' AND (m.account_key IN keys OR m.id IN (SELECT l.note_id FROM index_links l WHERE l.target_key IN keys))
            ORDER BY m.date DESC, m.path LIMIT $limit
            """;
        command.Parameters.AddWithValue("$id", entity.NoteId);
        command.Parameters.AddWithValue("$limit", limit);
        return Read(command);
    }

    /// <summary>Meetings the entity took part in (an attendee, or the account met; a mention is not one), newest first.</summary>
    public static IReadOnlyList<MeetingRef> With(VaultIndex index, EntityRef entity, int limit)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM index_entities e, index_notes m
            WHERE e.note_id = $id AND m.id IN {TookPartIds} ORDER BY m.date DESC, m.path LIMIT $limit
            """;
        command.Parameters.AddWithValue("$id", entity.NoteId);
        command.Parameters.AddWithValue("$limit", limit);
        return Read(command);
    }

    /// <summary>
    /// Meetings dated on or after <paramref name="since"/>, newest first: of the account <paramref name="account"/>
    /// when given, and that <paramref name="person"/> took part in when given.
    /// </summary>
    public static IReadOnlyList<MeetingRef> Since(VaultIndex index, DateOnly since, string? account, EntityRef? person, int limit)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM index_notes m
            LEFT JOIN index_entities e ON e.note_id = $person
            WHERE m.kind = 'Meeting' AND m.date >= $since
              AND ($account IS NULL OR m.account_key = $account)
              AND ($person IS NULL OR m.id IN {TookPartIds})
            ORDER BY m.date DESC, m.path LIMIT $limit
            """;
        command.Parameters.AddWithValue("$since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$account", (object?)account?.Trim().ToLowerInvariant() ?? DBNull.Value);
        command.Parameters.AddWithValue("$person", (object?)person?.NoteId ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        return Read(command);
    }

    /// <summary>Meetings whose account is this name (any case), newest first.</summary>
    public static IReadOnlyList<MeetingRef> OfAccount(VaultIndex index, string account)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM index_notes m WHERE m.kind = 'Meeting' AND m.account_key = $key ORDER BY m.date DESC, m.path";
        command.Parameters.AddWithValue("$key", account.ToLowerInvariant());
        return Read(command);
    }

    /// <summary>The accounts of meetings of the given types (lower case), each once as first spelled, by account.</summary>
    public static IReadOnlyList<string> Accounts(VaultIndex index, IReadOnlyList<string> meetingTypes)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = """
            SELECT MIN(account) FROM index_notes
            WHERE kind = 'Meeting' AND account_key IS NOT NULL AND lower(trim(coalesce(type, ''))) IN (SELECT value FROM json_each($types))
            GROUP BY account_key ORDER BY account_key
            """;
        command.Parameters.AddWithValue("$types", JsonList.Of(meetingTypes));
        var accounts = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            accounts.Add(reader.GetString(0));
        }

        return accounts;
    }

    internal static string? Latest(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) >= 0 ? a : b;

    /// <summary>Rows of (id, path, title, date, account, summary) as meetings.</summary>
    private static List<MeetingRef> Read(SqliteCommand command)
    {
        var meetings = new List<MeetingRef>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            meetings.Add(new MeetingRef(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5)));
        }

        return meetings;
    }

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
