using Cairn.Index;

namespace Cairn.Queries;

/// <summary>The indexed notes in path order, a page at a time (a vault of 50,000 notes is listed in pages, not at once).</summary>
public static class NoteList
{
    /// <summary>Up to <paramref name="limit"/> notes whose path sorts after <paramref name="after"/> (null: from the start).</summary>
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
