using System.Globalization;

namespace Cairn.Commit;

/// <summary>Processed sources and the ledger of what Cairn last generated for each note.</summary>
public sealed partial class StateStore
{
    public ProcessedSource? Processed(string hash)
    {
        using var command = Command("SELECT hash, source_path, archived_path, notes, run_id, processed_at FROM processed_sources WHERE hash = $hash");
        command.Parameters.AddWithValue("$hash", hash);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new ProcessedSource(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetString(3).Split('\n', StringSplitOptions.RemoveEmptyEntries),
            reader.GetInt64(4),
            ParseTime(reader.GetString(5)));
    }

    public void AddProcessed(ProcessedSource source)
    {
        using var command = Command("""
            INSERT INTO processed_sources(hash, source_path, archived_path, notes, run_id, processed_at)
            VALUES ($hash, $source, $archived, $notes, $run, $at)
            """);
        command.Parameters.AddWithValue("$hash", source.Hash);
        command.Parameters.AddWithValue("$source", source.SourcePath);
        command.Parameters.AddWithValue("$archived", (object?)source.ArchivedPath ?? DBNull.Value);
        command.Parameters.AddWithValue("$notes", string.Join('\n', source.Notes));
        command.Parameters.AddWithValue("$run", source.RunId);
        command.Parameters.AddWithValue("$at", source.ProcessedAt.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    public void RemoveProcessedByRun(long runId)
    {
        using var command = Command("DELETE FROM processed_sources WHERE run_id = $run");
        command.Parameters.AddWithValue("$run", runId);
        command.ExecuteNonQuery();
    }

    /// <summary>The full text Cairn last generated for the note at <paramref name="path"/>, or null.</summary>
    public string? Ledger(string path)
    {
        using var command = Command("SELECT content FROM ledger WHERE path = $path");
        command.Parameters.AddWithValue("$path", path);
        return command.ExecuteScalar() as string;
    }

    public void SetLedger(string path, string content, long runId)
    {
        using var command = Command("""
            INSERT INTO ledger(path, content, run_id) VALUES ($path, $content, $run)
            ON CONFLICT(path) DO UPDATE SET content = excluded.content, run_id = excluded.run_id
            """);
        command.Parameters.AddWithValue("$path", path);
        command.Parameters.AddWithValue("$content", content);
        command.Parameters.AddWithValue("$run", runId);
        command.ExecuteNonQuery();
    }

    public void RemoveLedger(string path)
    {
        using var command = Command("DELETE FROM ledger WHERE path = $path");
        command.Parameters.AddWithValue("$path", path);
        command.ExecuteNonQuery();
    }
}
