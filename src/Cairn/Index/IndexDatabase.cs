using Microsoft.Data.Sqlite;

namespace Cairn.Index;

/// <summary>
/// The connection to <c>.cairn/state.db</c> the index uses, with its tables in place. The index is derived
/// data, so it trades durability for speed (synchronous=NORMAL on this connection only; WAL like the state store).
/// A file that is not a database, or a corrupt one, is moved aside (never deleted: it also holds the state
/// store's journal and ledger) and a fresh database is made.
/// </summary>
internal sealed class IndexDatabase : IDisposable
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private IndexDatabase(SqliteConnection connection, bool created, string? recovered)
    {
        Connection = connection;
        Created = created;
        Recovered = recovered;
    }

    public SqliteConnection Connection { get; }

    /// <summary>True when the index tables were (re)made by this open: the next refresh is a full build.</summary>
    public bool Created { get; }

    /// <summary>Where a damaged database was moved, when it was.</summary>
    public string? Recovered { get; }

    public static bool IsCorruption(SqliteException ex) => ex.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase;

    public static IndexDatabase Open(string path, Func<string> stamp)
    {
        try
        {
            return OpenOnce(path, null);
        }
        catch (SqliteException ex) when (IsCorruption(ex))
        {
            return OpenOnce(path, MoveAside(path, stamp()));
        }
    }

    /// <summary>Moves a damaged database (and its WAL files) aside; returns where it went.</summary>
    public static string MoveAside(string path, string stamp)
    {
        SqliteConnection.ClearAllPools();
        var target = $"{path}.corrupt-{stamp}";
        File.Move(path, target, overwrite: true);
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            if (File.Exists(path + suffix))
            {
                File.Move(path + suffix, target + suffix, overwrite: true);
            }
        }

        return target;
    }

    /// <summary>Drops and re-creates every index table (the state store's tables are untouched).</summary>
    public void Reset()
    {
        using var transaction = Connection.BeginTransaction();
        foreach (var table in IndexSchema.Tables.Append("index_schema"))
        {
            Execute($"DROP TABLE IF EXISTS {table}", transaction);
        }

        Execute(IndexSchema.Create, transaction);
        foreach (var (_, sql) in IndexSchema.Indexes)
        {
            Execute(sql, transaction);
        }

        Execute($"INSERT INTO index_schema(version) VALUES ({IndexSchema.Version})", transaction);
        transaction.Commit();
    }

    public void Dispose() => Connection.Dispose();

    /// <summary>Drops (<paramref name="present"/> false) or makes the secondary indexes, in the writer's transaction.</summary>
    public void SetIndexes(bool present, SqliteTransaction transaction)
    {
        foreach (var (name, sql) in IndexSchema.Indexes)
        {
            Execute(present ? sql.Replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", StringComparison.Ordinal) : $"DROP INDEX IF EXISTS {name}", transaction);
        }
    }

    /// <summary>Sets <c>PRAGMA synchronous</c> (outside a transaction): OFF while a full build runs, NORMAL otherwise.</summary>
    public void SetSynchronous(string mode) => Execute($"PRAGMA synchronous={mode}", null);

    private static IndexDatabase OpenOnce(string path, string? recovered)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            var database = new IndexDatabase(connection, !HasCurrentSchema(connection), recovered);
            database.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-131072;", null);
            if (database.Created)
            {
                database.Reset();
            }

            return database;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool HasCurrentSchema(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'index_schema'";
        if ((long)command.ExecuteScalar()! == 0)
        {
            return false;
        }

        command.CommandText = "SELECT MAX(version) FROM index_schema";
        return command.ExecuteScalar() is long version && version == IndexSchema.Version;
    }

    private void Execute(string sql, SqliteTransaction? transaction)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
