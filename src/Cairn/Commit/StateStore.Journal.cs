using Microsoft.Data.Sqlite;

namespace Cairn.Commit;

/// <summary>The journal: file operations per run, written before each operation happens.</summary>
public sealed partial class StateStore
{
    /// <summary>Records an operation about to happen; returns its id.</summary>
    public long Record(JournalEntry entry)
    {
        using var command = Command("""
            INSERT INTO operations(run_id, source_hash, kind, path, prior_path, prior_bytes, new_hash, had_ledger, prior_ledger, state)
            VALUES ($run, $source, $kind, $path, $priorPath, $priorBytes, $newHash, $hadLedger, $priorLedger, $state) RETURNING id
            """);
        command.Parameters.AddWithValue("$run", entry.RunId);
        command.Parameters.AddWithValue("$source", (object?)entry.SourceHash ?? DBNull.Value);
        command.Parameters.AddWithValue("$kind", entry.Kind.ToString());
        command.Parameters.AddWithValue("$path", entry.Path);
        command.Parameters.AddWithValue("$priorPath", (object?)entry.PriorPath ?? DBNull.Value);
        command.Parameters.Add("$priorBytes", SqliteType.Blob).Value = (object?)entry.PriorBytes ?? DBNull.Value;
        command.Parameters.AddWithValue("$newHash", (object?)entry.NewHash ?? DBNull.Value);
        command.Parameters.AddWithValue("$hadLedger", entry.HadLedger);
        command.Parameters.AddWithValue("$priorLedger", (object?)entry.PriorLedger ?? DBNull.Value);
        command.Parameters.AddWithValue("$state", entry.State.ToString());
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The operations of a run in the order they happened.</summary>
    public IReadOnlyList<JournalEntry> Operations(long runId)
    {
        using var command = Command("""
            SELECT id, run_id, source_hash, kind, path, prior_path, prior_bytes, new_hash, had_ledger, prior_ledger, state
            FROM operations WHERE run_id = $run ORDER BY id
            """);
        command.Parameters.AddWithValue("$run", runId);
        var result = new List<JournalEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new JournalEntry(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                Enum.Parse<OperationKind>(reader.GetString(3)),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : (byte[])reader.GetValue(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetBoolean(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                Enum.Parse<OperationState>(reader.GetString(10))));
        }

        return result;
    }

    public void SetState(IEnumerable<long> operationIds, OperationState state)
    {
        using var command = Command("UPDATE operations SET state = $state WHERE id = $id");
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        command.Parameters.AddWithValue("$state", state.ToString());
        foreach (var operation in operationIds)
        {
            id.Value = operation;
            command.ExecuteNonQuery();
        }
    }
}
