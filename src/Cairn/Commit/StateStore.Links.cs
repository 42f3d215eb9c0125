using Microsoft.Data.Sqlite;

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

    /// <summary>
    /// Replaces what the table knows of each meeting: its stamp and the entities it links to. With
    /// <paramref name="tableEmpty"/> (the first fill) there are no old rows to delete.
    /// </summary>
    public void SetMeetingLinks(IEnumerable<(string Meeting, string Stamp, IReadOnlyList<string> Entities)> meetings, bool tableEmpty = false)
    {
        // One prepared statement each, reused: the first fill of a 50,000-note vault inserts ~300,000 rows.
        using var stamp = Command("INSERT OR REPLACE INTO meeting_stamps(path, stamp) VALUES ($path, $stamp)");
        var stampPath = stamp.Parameters.Add("$path", SqliteType.Text);
        var stampValue = stamp.Parameters.Add("$stamp", SqliteType.Text);
        using var clear = Command("DELETE FROM entity_meetings WHERE meeting = $path");
        var clearPath = clear.Parameters.Add("$path", SqliteType.Text);
        using var insert = Command("INSERT OR IGNORE INTO entity_meetings(entity, meeting) VALUES ($entity, $meeting)");
        var entity = insert.Parameters.Add("$entity", SqliteType.Text);
        var meetingPath = insert.Parameters.Add("$meeting", SqliteType.Text);
        foreach (var (meeting, stampText, entities) in meetings)
        {
            if (!tableEmpty)
            {
                clearPath.Value = meeting;
                clear.ExecuteNonQuery();
            }

            stampPath.Value = meeting;
            stampValue.Value = stampText;
            stamp.ExecuteNonQuery();
            meetingPath.Value = meeting;
            foreach (var target in entities)
            {
                entity.Value = EntityKey(target);
                insert.ExecuteNonQuery();
            }
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
