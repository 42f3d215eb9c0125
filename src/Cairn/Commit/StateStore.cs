using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Cairn.Commit;

/// <summary>
/// <c>.cairn/state.db</c>: processed sources, the ledger of generated text, the run journal, and which meeting
/// notes link to which entity (a cache of the vault, see <see cref="MeetingStamps"/>). The history here cannot be
/// rebuilt from the vault, so nothing derived and large lives beside it: the index has its own file. SQLite in WAL
/// mode with synchronous=FULL, because a journal entry must be on disk before the file operation it describes.
/// The schema is versioned; <see cref="Migrations"/> only ever grows.
/// </summary>
public sealed partial class StateStore : IDisposable
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE runs(id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, finished TEXT, status TEXT NOT NULL);
        CREATE TABLE operations(
            id INTEGER PRIMARY KEY AUTOINCREMENT, run_id INTEGER NOT NULL REFERENCES runs(id), source_hash TEXT,
            kind TEXT NOT NULL, path TEXT NOT NULL, prior_path TEXT, prior_bytes BLOB, new_hash TEXT,
            had_ledger INTEGER NOT NULL, prior_ledger TEXT, state TEXT NOT NULL);
        CREATE INDEX operations_run ON operations(run_id);
        CREATE TABLE processed_sources(
            hash TEXT PRIMARY KEY, source_path TEXT NOT NULL, archived_path TEXT, notes TEXT NOT NULL,
            run_id INTEGER NOT NULL, processed_at TEXT NOT NULL);
        CREATE TABLE ledger(path TEXT PRIMARY KEY, content TEXT NOT NULL, run_id INTEGER NOT NULL);
        """,
        """
        CREATE TABLE meeting_stamps(path TEXT PRIMARY KEY, stamp TEXT NOT NULL);
        CREATE TABLE entity_meetings(entity TEXT NOT NULL, meeting TEXT NOT NULL, PRIMARY KEY(entity, meeting));
        CREATE INDEX entity_meetings_meeting ON entity_meetings(meeting);
        """,

        // The index moved to .cairn/index.db: its tables (every name it ever had) leave the precious store.
        """
        DROP TABLE IF EXISTS index_fts; DROP TABLE IF EXISTS index_notes; DROP TABLE IF EXISTS index_links;
        DROP TABLE IF EXISTS index_tasks; DROP TABLE IF EXISTS index_entities; DROP TABLE IF EXISTS index_aliases;
        DROP TABLE IF EXISTS index_items; DROP TABLE IF EXISTS index_schema;
        """,
        """
        CREATE TABLE entity_subjects(
            path TEXT PRIMARY KEY, stem TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL,
            created TEXT NOT NULL, owed INTEGER NOT NULL);
        CREATE INDEX entity_subjects_stem ON entity_subjects(stem COLLATE NOCASE);
        """,

        // The LLM's replies, by request key: extracting the same content again sends nothing (#19).
        """
        CREATE TABLE llm_replies(key TEXT PRIMARY KEY, reply TEXT NOT NULL, stored_at TEXT NOT NULL);
        """,

        // What a run sent to and got from the model, for `cairn history` (#19).
        """
        ALTER TABLE runs ADD COLUMN tokens_in INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE runs ADD COLUMN tokens_out INTEGER NOT NULL DEFAULT 0;
        """,

        // Inbox files Cairn will not move (a link out of the vault, a newline in the name), reported once (#16).
        """
        CREATE TABLE refused_sources(path TEXT PRIMARY KEY, stamp TEXT NOT NULL, problem TEXT NOT NULL, refused_at TEXT NOT NULL);
        """,
    ];

    private const int SqlitePermission = 3;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    /// <summary>
    /// How large the <c>-wal</c> file may stay. The journal writes the prior bytes of every note a run replaces, and
    /// SQLite keeps a WAL file at its largest size until it is checkpointed and truncated: with 16 KB pages its own
    /// checkpoint came only after 16 MB, and the file never shrank (1.6 MB for 3 sources refilled a nearly full disk).
    /// Now a checkpoint comes every 1 MB of WAL and leaves the file at most this size, and closing the store empties it.
    /// </summary>
    public const int WalLimitBytes = 1024 * 1024;

    private readonly SqliteConnection connection;
    private readonly TimeProvider time;
    private SqliteTransaction? transaction;

    private StateStore(SqliteConnection connection, TimeProvider time)
    {
        this.connection = connection;
        this.time = time;
    }

    public int SchemaVersion { get; private set; }

    /// <summary>
    /// Opens (creating and migrating when needed) the store at <paramref name="path"/>. A store SQLite cannot use
    /// (damaged, read-only, a full disk) is an <see cref="IOException"/> naming the file and what to do; it is
    /// never moved aside or replaced, since nothing can rebuild the history it holds.
    /// </summary>
    public static StateStore Open(string path, TimeProvider time)
    {
        StateStore? store = null;
        try
        {
            store = new StateStore(Vault.StateConnection.Open(path), time);
            // page_size only takes on a database with no pages yet, so it goes before journal_mode, which writes one.
            store.Execute($"PRAGMA page_size={Vault.VaultLayout.StateDatabasePageSize}; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
            store.Execute($"PRAGMA journal_size_limit={WalLimitBytes}; PRAGMA wal_autocheckpoint={WalLimitBytes / Vault.VaultLayout.StateDatabasePageSize};");
            store.Migrate();
            return store;
        }
        catch (SqliteException ex)
        {
            store?.Dispose();
            throw Problem(path, ex);
        }
        catch
        {
            store?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads every page and index of the store (SQLite's quick_check): garbage written into the file is found before
    /// a run builds on it, rather than by a later query. The store holds the journal and ledger only, so this
    /// reads a few MB at most.
    /// </summary>
    public void CheckIntegrity()
    {
        try
        {
            using var command = Command("PRAGMA quick_check(1)");
            var result = command.ExecuteScalar() as string;
            if (!string.Equals(result, "ok", StringComparison.Ordinal))
            {
                throw new SqliteException(result ?? "integrity check failed", SqliteCorrupt);
            }
        }
        catch (SqliteException ex)
        {
            throw Problem(connection.DataSource, ex);
        }
    }

    /// <summary>One clear sentence for a store SQLite cannot use: which file, what is wrong, what to do.</summary>
    public static IOException Problem(string path, SqliteException ex) => (ex.SqliteErrorCode & 0xFF) switch
    {
        SqliteCorrupt or SqliteNotADatabase => new IOException(
            $"{path} is damaged ({ex.Message.TrimEnd('.')}); it holds the run history, the undo journal and which sources were ingested, so cairn changed nothing. "
            + "Restore it from a backup; or move it aside to start a new history (the notes stay; undo and history of earlier runs are lost, archived sources are not ingested again)", ex),
        SqliteReadOnly or SqliteCantOpen or SqlitePermission => new IOException($"cannot write {path}: the file or its folder is read-only or cannot be opened ({ex.Message.TrimEnd('.')})", ex),
        SqliteFull => new IOException($"cannot write {path}: the disk is full ({ex.Message.TrimEnd('.')}); nothing was half-written, free some space and run again", ex),
        SqliteIoError => new IOException($"cannot read or write {path}: a disk error ({ex.Message.TrimEnd('.')})", ex),
        _ => new IOException($"{path}: {ex.Message}", ex),
    };

    /// <summary>
    /// Closes the store after moving the WAL into the database and truncating it, so a run leaves no large
    /// <c>-wal</c> behind even while another process (watch, mcp) keeps the store open and SQLite cannot delete it.
    /// </summary>
    public void Dispose()
    {
        try
        {
            if (connection.State == System.Data.ConnectionState.Open && transaction is null)
            {
                Execute("PRAGMA wal_checkpoint(TRUNCATE);");
            }
        }
        catch (SqliteException)
        {
            // A busy reader, a read-only or full disk: the WAL stays as it is, its commits intact, for the next close.
        }

        connection.Dispose();
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it lands, or none.</summary>
    public void InTransaction(Action work)
    {
        if (transaction is not null)
        {
            work();
            return;
        }

        using var current = connection.BeginTransaction();
        transaction = current;
        try
        {
            work();
            current.Commit();
        }
        finally
        {
            transaction = null;
        }
    }

    public long BeginRun()
    {
        using var command = Command("INSERT INTO runs(started, status) VALUES ($now, $status) RETURNING id");
        command.Parameters.AddWithValue("$now", Now());
        command.Parameters.AddWithValue("$status", nameof(RunStatus.Running));
        return (long)command.ExecuteScalar()!;
    }

    public void SetRunStatus(long runId, RunStatus status)
    {
        // A run finishes once: an undo later changes its status, not when it finished.
        using var command = Command("UPDATE runs SET status = $status, finished = CASE WHEN $finish THEN COALESCE(finished, $now) ELSE finished END WHERE id = $id");
        command.Parameters.AddWithValue("$status", status.ToString());
        command.Parameters.AddWithValue("$finish", status is not (RunStatus.Running or RunStatus.Undoing));
        command.Parameters.AddWithValue("$now", Now());
        command.Parameters.AddWithValue("$id", runId);
        command.ExecuteNonQuery();
    }

    /// <summary>Deletes the run when it journaled no operation and spent no tokens (nothing to list or undo); true when it did.</summary>
    public bool ForgetIfEmpty(long runId)
    {
        using var command = Command("""
            DELETE FROM runs WHERE id = $id AND tokens_in = 0 AND tokens_out = 0
              AND NOT EXISTS (SELECT 1 FROM operations o WHERE o.run_id = $id)
            """);
        command.Parameters.AddWithValue("$id", runId);
        return command.ExecuteNonQuery() > 0;
    }

    /// <summary>Adds model tokens spent by <paramref name="runId"/> (a source's extraction, cached replies count zero).</summary>
    public void AddRunTokens(long runId, long tokensIn, long tokensOut)
    {
        using var command = Command("UPDATE runs SET tokens_in = tokens_in + $in, tokens_out = tokens_out + $out WHERE id = $id");
        command.Parameters.AddWithValue("$in", tokensIn);
        command.Parameters.AddWithValue("$out", tokensOut);
        command.Parameters.AddWithValue("$id", runId);
        command.ExecuteNonQuery();
    }

    /// <summary>Runs still marked running or undoing: a process died during them.</summary>
    public IReadOnlyList<(long Id, RunStatus Status)> UnfinishedRuns()
    {
        using var command = Command("SELECT id, status FROM runs WHERE status IN ('Running', 'Undoing') ORDER BY id");
        var result = new List<(long, RunStatus)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add((reader.GetInt64(0), Enum.Parse<RunStatus>(reader.GetString(1))));
        }

        return result;
    }

    /// <summary>The newest run that can be undone: committed or interrupted, with at least one done operation.</summary>
    public long? LastUndoableRun()
    {
        using var command = Command("""
            SELECT r.id FROM runs r WHERE r.status IN ('Committed', 'Interrupted')
              AND EXISTS (SELECT 1 FROM operations o WHERE o.run_id = r.id AND o.state = 'Done')
            ORDER BY r.id DESC LIMIT 1
            """);
        return command.ExecuteScalar() is long id ? id : null;
    }

    /// <summary>
    /// Every run, newest first, with what it did. Its sources are the source files it took: an entity note's
    /// refresh is a change set of its own (keyed <c>rebuild:…</c>) but no source (history said 18 sources for 6).
    /// </summary>
    public IReadOnlyList<RunSummary> Runs()
    {
        using var command = Command("""
            SELECT r.id, r.started, r.finished, r.status,
              (SELECT COUNT(DISTINCT source_hash) FROM operations o WHERE o.run_id = r.id AND o.state IN ('Done', 'Undone') AND o.source_hash NOT LIKE $unsourced),
              (SELECT COUNT(*) FROM operations o WHERE o.run_id = r.id AND o.state IN ('Done', 'Undone') AND kind = 'Create'),
              (SELECT COUNT(*) FROM operations o WHERE o.run_id = r.id AND o.state IN ('Done', 'Undone') AND kind = 'Update'),
              (SELECT COUNT(*) FROM operations o WHERE o.run_id = r.id AND o.state IN ('Done', 'Undone') AND kind = 'Move'),
              r.tokens_in, r.tokens_out
            FROM runs r ORDER BY r.id DESC
            """);
        command.Parameters.AddWithValue("$unsourced", Planning.ChangeSet.UnsourcedKeyPrefix + "%");
        var result = new List<RunSummary>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new RunSummary(
                reader.GetInt64(0),
                ParseTime(reader.GetString(1)),
                reader.IsDBNull(2) ? null : ParseTime(reader.GetString(2)),
                Enum.Parse<RunStatus>(reader.GetString(3)),
                reader.GetInt32(4),
                reader.GetInt32(5),
                reader.GetInt32(6),
                reader.GetInt32(7),
                reader.GetInt64(8),
                reader.GetInt64(9)));
        }

        return result;
    }

    private void Migrate()
    {
        Execute("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)");
        using (var read = Command("SELECT MAX(version) FROM schema_version"))
        {
            SchemaVersion = read.ExecuteScalar() is long version ? (int)version : 0;
        }

        if (SchemaVersion > Migrations.Length)
        {
            throw new IOException($"state.db has schema version {SchemaVersion}, newer than this cairn understands ({Migrations.Length}); update cairn");
        }

        for (var next = SchemaVersion; next < Migrations.Length; next++)
        {
            var version = next + 1;
            InTransaction(() =>
            {
                // The transaction is IMMEDIATE: a second process (a dry run takes no vault lock) that migrated
                // first is seen here, and this one skips instead of failing on "table already exists".
                using var check = Command($"SELECT COUNT(*) FROM schema_version WHERE version = {version}");
                if ((long)check.ExecuteScalar()! == 0)
                {
                    Execute(Migrations[version - 1]);
                    Execute($"INSERT INTO schema_version(version) VALUES ({version})");
                }
            });
            SchemaVersion = version;
        }
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
