using Cairn.Notes;

namespace Cairn.Index;

/// <summary>
/// The index's typed reads of what notes hold: the items of named sections and a meeting's participants, for
/// one note or many at once; and the notes themselves, a page at a time. The storage layout
/// (<c>index_notes.items</c>, the frontmatter's JSON) stays here.
/// </summary>
public static class NoteReads
{
    /// <summary>The items of the given sections of one note, in line order.</summary>
    public static IReadOnlyList<NoteItem> Items(VaultIndex index, long noteId, params string[] sections) =>
        Items(index, [noteId], sections).GetValueOrDefault(noteId) ?? [];

    /// <summary>The items of the given sections of each note, in line order, by note id (a note without any is absent).</summary>
    public static IReadOnlyDictionary<long, IReadOnlyList<NoteItem>> Items(VaultIndex index, IReadOnlyCollection<long> noteIds, params string[] sections)
    {
        var byNote = new Dictionary<long, IReadOnlyList<NoteItem>>();
        if (noteIds.Count == 0)
        {
            return byNote;
        }

        using var command = index.Connection.CreateCommand();
        command.CommandText = """
            SELECT n.id, i.value ->> 0, i.value ->> 1, i.value ->> 2 FROM index_notes n, json_each(n.items) i
            WHERE n.id IN (SELECT value FROM json_each($ids)) AND i.value ->> 0 IN (SELECT value FROM json_each($sections))
            ORDER BY n.id, i.value ->> 1
            """;
        command.Parameters.AddWithValue("$ids", JsonList.Of(noteIds));
        command.Parameters.AddWithValue("$sections", JsonList.Of(sections));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var items = byNote.TryGetValue(id, out var found) ? (List<NoteItem>)found : [];
            byNote[id] = items;
            items.Add(new NoteItem(reader.GetString(1), reader.GetInt32(2), reader.GetString(3)));
        }

        return byNote;
    }

    /// <summary>
    /// SQL for <see cref="NoteProperties.LinkedName"/> of <paramref name="value"/>: a <c>[[link]]</c> (or
    /// <c>[[target|name]]</c>) read as the name it shows, anything else trimmed. Keep the two in step.
    /// </summary>
    public static string LinkedNameSql(string value) =>
        $"(CASE WHEN trim({value}) LIKE '[[%]]' THEN trim(CASE WHEN instr(trim({value}), '|') > 0 "
        + $"THEN substr(trim({value}), instr(trim({value}), '|') + 1, length(trim({value})) - instr(trim({value}), '|') - 2) "
        + $"ELSE substr(trim({value}), 3, length(trim({value})) - 4) END) ELSE trim({value}) END)";

    /// <summary>Each note's <c>participants</c> property (blank entries left out, each trimmed), by note id.</summary>
    public static IReadOnlyDictionary<long, IReadOnlyList<string>> Participants(VaultIndex index, IReadOnlyCollection<long> noteIds)
    {
        var byNote = new Dictionary<long, IReadOnlyList<string>>();
        if (noteIds.Count == 0)
        {
            return byNote;
        }

        using var command = index.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT m.id, p.value FROM index_notes m, json_each(m.frontmatter, '$.{NoteProperties.Participants}') p
            WHERE m.id IN (SELECT value FROM json_each($ids)) AND trim(p.value) <> ''
            """;
        command.Parameters.AddWithValue("$ids", JsonList.Of(noteIds));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var names = byNote.TryGetValue(id, out var found) ? (List<string>)found : [];
            byNote[id] = names;
            names.Add(reader.IsDBNull(1) ? string.Empty : NoteProperties.LinkedName(reader.GetString(1)));
        }

        return byNote;
    }

    /// <summary>
    /// Up to <paramref name="limit"/> indexed notes whose path sorts after <paramref name="after"/> (null: from the
    /// start), in path order: a vault of 50,000 notes is listed a page at a time, not at once.
    /// </summary>
    public static IReadOnlyList<(string Path, string Title)> Page(VaultIndex index, string? after, int limit)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT path, title FROM index_notes WHERE $after IS NULL OR path > $after ORDER BY path LIMIT $limit";
        command.Parameters.AddWithValue("$after", (object?)after ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        var notes = new List<(string, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            notes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return notes;
    }
}
