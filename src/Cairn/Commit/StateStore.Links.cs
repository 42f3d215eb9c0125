namespace Cairn.Commit;

/// <summary>
/// Which meeting notes link to which entity, so an ingest reads only the meetings of the entities it touches.
/// A cache of the vault, never the truth: each meeting's row carries the stamp (time and size) of the file it was
/// read from, and a reader re-reads any meeting whose stamp changed, whoever changed it.
/// </summary>
public sealed partial class StateStore
{
    /// <summary>Every meeting note the table knows, with the stamp of the file it was read from.</summary>
    public Dictionary<string, string> MeetingStamps()
    {
        using var command = Command("SELECT path, stamp FROM meeting_stamps");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[reader.GetString(0)] = reader.GetString(1);
        }

        return result;
    }

    /// <summary>The meeting notes that link to <paramref name="entity"/> (a link target: the note's file stem, any case).</summary>
    public IReadOnlyList<string> MeetingsLinking(string entity)
    {
        using var command = Command("SELECT meeting FROM entity_meetings WHERE entity = $entity ORDER BY meeting");
        command.Parameters.AddWithValue("$entity", EntityKey(entity));
        var result = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    /// <summary>Replaces what the table knows of one meeting: its stamp and the entities it links to.</summary>
    public void SetMeetingLinks(string meeting, string stamp, IEnumerable<string> entities, bool isNew = false)
    {
        if (!isNew)
        {
            RemoveMeeting(meeting);
        }

        using (var command = Command("INSERT INTO meeting_stamps(path, stamp) VALUES ($path, $stamp)"))
        {
            command.Parameters.AddWithValue("$path", meeting);
            command.Parameters.AddWithValue("$stamp", stamp);
            command.ExecuteNonQuery();
        }

        using var insert = Command("INSERT OR IGNORE INTO entity_meetings(entity, meeting) VALUES ($entity, $meeting)");
        var key = insert.Parameters.Add("$entity", Microsoft.Data.Sqlite.SqliteType.Text);
        insert.Parameters.AddWithValue("$meeting", meeting);
        foreach (var entity in entities)
        {
            key.Value = EntityKey(entity);
            insert.ExecuteNonQuery();
        }
    }

    public void RemoveMeeting(string meeting)
    {
        using var links = Command("DELETE FROM entity_meetings WHERE meeting = $path");
        links.Parameters.AddWithValue("$path", meeting);
        links.ExecuteNonQuery();
        using var stamp = Command("DELETE FROM meeting_stamps WHERE path = $path");
        stamp.Parameters.AddWithValue("$path", meeting);
        stamp.ExecuteNonQuery();
    }

    // Obsidian resolves links ignoring case; SQLite's NOCASE only folds ASCII.
    private static string EntityKey(string entity) => entity.Trim().ToLowerInvariant();
}
