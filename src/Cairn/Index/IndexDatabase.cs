using Microsoft.Data.Sqlite;
using Cairn.Vault;
using SQLitePCL;

namespace Cairn.Index;

/// <summary>
/// The connection to <c>.cairn/index.db</c>, with the index's tables in place. The index is derived data in a
/// file of its own (the state store's journal and ledger are in <c>state.db</c>), so it trades durability for
/// speed (synchronous=NORMAL; WAL except while a full build runs, see <see cref="BeginBulk"/>).
/// A file that is not a database, or a corrupt one, is moved aside (kept for a bug report; it holds nothing that
/// cannot be rebuilt from the notes) and a fresh database is made.
/// </summary>
internal sealed class IndexDatabase : IDisposable
{
    private const int SqlitePermission = 3;
    private const int SqliteBusy = 5;
    private const int SqliteReadOnly = 8;
    private const int SqliteCantOpen = 14;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;
    private const int BusyTimeoutMs = 5000;

    // Every query is a new process with an empty page cache: read through a memory map, its pages are the OS's
    // cached file (no read() and copy per page). People on a 50,000-note vault spent 0.45 of 0.57 s in the kernel
    // copying pages; 0.24 s mapped (sqlite3, same queries). A damaged file is rebuilt, so a mapped read's failure
    // costs no data. The map is address space, not memory: 1 GB covers a 200,000-note index.
    private const long MmapBytes = 1L << 30;

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

    /// <summary>
    /// Whether <paramref name="ex"/> says the index's file or folder cannot be written: a read-only mount (EROFS), a
    /// folder or file without write permission, SQLite's READONLY, CANTOPEN or PERM. The index is derived data, so a
    /// query then builds it elsewhere (<see cref="OpenCopy"/>) rather than fail.
    /// </summary>
    public static bool IsUnwritable(Exception ex) => ex switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is SqlitePermission or SqliteReadOnly or SqliteCantOpen,
        IOException io => VaultLock.IsReadOnlyFileSystem(io),
        UnauthorizedAccessException => true,
        _ => false,
    };

    /// <summary>
    /// Opens a copy of the index at <paramref name="path"/> (and its WAL) in a new temporary folder, or a new index
    /// there when there is none or it cannot be read; the caller deletes the folder (<see cref="DeleteCopy"/>).
    /// </summary>
    public static (IndexDatabase Database, string Folder) OpenCopy(string path)
    {
        var folder = Directory.CreateTempSubdirectory("cairn-index-").FullName;
        var copy = Path.Combine(folder, Path.GetFileName(path));
        try
        {
            foreach (var suffix in new[] { string.Empty, "-wal" })
            {
                if (File.Exists(path + suffix))
                {
                    File.Copy(path + suffix, copy + suffix);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable as well: the copy starts empty and the refresh builds it from the notes.
            DeleteCopy(folder);
            Directory.CreateDirectory(folder);
        }

        try
        {
            return (Open(copy, () => "copy"), folder);
        }
        catch
        {
            DeleteCopy(folder);
            throw;
        }
    }

    /// <summary>Deletes a temporary folder <see cref="OpenCopy"/> made; what cannot be deleted stays for the system's temp cleaning.</summary>
    public static void DeleteCopy(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the system's own cleaning of its temp folder.
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
        foreach (var table in IndexSchema.Tables.Concat(IndexSchema.Retired).Append("index_schema"))
        {
            Execute($"DROP TABLE IF EXISTS {table}", transaction);
        }

        Execute(IndexSchema.Create, transaction);
        foreach (var (_, sql) in IndexSchema.Indexes.Concat(IndexSchema.Triggers))
        {
            Execute(sql, transaction);
        }

        Execute($"INSERT INTO index_schema(version) VALUES ({IndexSchema.Version})", transaction);
        transaction.Commit();
    }

    public void Dispose() => Connection.Dispose();

    /// <summary>Changes whenever another connection commits to the file (this one's own commits leave it alone).</summary>
    public long DataVersion() => (long)Scalar("PRAGMA data_version")!;

    /// <summary>The digest of the walk the index was last brought up to date with; null when none can be trusted.</summary>
    public VaultDigest? StoredDigest()
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT notes, digest FROM index_walk";
        using var reader = command.ExecuteReader();
        return reader.Read() ? new VaultDigest(reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    /// <summary>
    /// Records <paramref name="digest"/> as the walk the index now matches, unless another connection committed
    /// since <paramref name="dataVersion"/> was read (its changes may be older than this walk, or newer): then
    /// no digest is kept and the next refresh compares every stamp.
    /// </summary>
    public void StoreDigest(VaultDigest digest, long dataVersion)
    {
        try
        {
            WriteDigest(digest, dataVersion);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteBusy or SqliteReadOnly)
        {
            // Only a shortcut for the next query: a busy or read-only database answers this one all the same.
        }
    }

    private void WriteDigest(VaultDigest digest, long dataVersion)
    {
        using var transaction = Connection.BeginTransaction(deferred: false);
        Execute("DELETE FROM index_walk", transaction);
        if (DataVersion() == dataVersion)
        {
            using var command = Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO index_walk(notes, digest) VALUES ($notes, $digest)";
            command.Parameters.AddWithValue("$notes", digest.Notes);
            command.Parameters.AddWithValue("$digest", digest.Sum);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private object? Scalar(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>
    /// Drops (<paramref name="present"/> false) or makes the secondary indexes and the count triggers, in the
    /// writer's transaction; making them counts the rows written while they were away.
    /// </summary>
    public void SetIndexes(bool present, SqliteTransaction transaction)
    {
        foreach (var (name, sql) in IndexSchema.Indexes)
        {
            Execute(present ? sql.Replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", StringComparison.Ordinal) : $"DROP INDEX IF EXISTS {name}", transaction);
        }

        foreach (var (name, sql) in IndexSchema.Triggers)
        {
            Execute(present ? sql.Replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS", StringComparison.Ordinal) : $"DROP TRIGGER IF EXISTS {name}", transaction);
        }

        if (present)
        {
            Execute(IndexSchema.Recount, transaction);
        }
    }

    /// <summary>
    /// Readies the database for a full build, which can always be redone from the vault: no syncs, and, when no
    /// other connection has the file open, a rollback journal instead of the WAL. A fresh database's pages then go
    /// to disk once, where the WAL writes each page twice (log, then checkpoint) and spent a second committing a
    /// 50,000-note build. Disposing the result restores WAL and synchronous=NORMAL.
    /// </summary>
    public IDisposable BeginBulk()
    {
        Execute("PRAGMA synchronous=OFF", null);
        var journal = TrySetJournalMode("DELETE");
        return new BulkScope(this, journal);
    }

    /// <summary>
    /// Sets the journal mode without waiting: leaving WAL needs the file to itself, and another connection (a
    /// reader in another process) keeps it, which is only a slower build, not an error. Run through SQLitePCL
    /// because Microsoft.Data.Sqlite retries a busy statement for its command timeout whatever busy_timeout says.
    /// </summary>
    private bool TrySetJournalMode(string mode)
    {
        var db = Connection.Handle!;
        raw.sqlite3_busy_timeout(db, 0);
        try
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, $"PRAGMA journal_mode={mode}", out var statement), db);
            using (statement)
            {
                var rc = raw.sqlite3_step(statement);
                if (rc == raw.SQLITE_ROW)
                {
                    return string.Equals(raw.sqlite3_column_text(statement, 0).utf8_to_string(), mode, StringComparison.OrdinalIgnoreCase);
                }

                if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
                {
                    return false;
                }

                SqliteException.ThrowExceptionForRC(rc, db);
                return false;
            }
        }
        finally
        {
            raw.sqlite3_busy_timeout(db, BusyTimeoutMs);
        }
    }

    private static IndexDatabase OpenOnce(string path, string? recovered)
    {
        var connection = StateConnection.Open(path);
        try
        {
            var database = new IndexDatabase(connection, !HasCurrentSchema(connection), recovered);
            database.Execute($"PRAGMA page_size={VaultLayout.StateDatabasePageSize}; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={BusyTimeoutMs}; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-131072; PRAGMA mmap_size={MmapBytes};", null);
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

    private sealed class BulkScope(IndexDatabase database, bool leftWal) : IDisposable
    {
        public void Dispose()
        {
            if (leftWal)
            {
                database.Execute("PRAGMA journal_mode=WAL", null);
            }

            database.Execute("PRAGMA synchronous=NORMAL", null);
        }
    }
}
