using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Cairn.Index;

/// <summary>
/// One prepared statement run straight through SQLitePCL on the connection's handle: bind by position, step,
/// reset. A build runs a million inserts, and Microsoft.Data.Sqlite's per-execution work (a data reader per
/// call, parameters bound by name) costs more than SQLite's insert itself. Errors still surface as
/// <see cref="SqliteException"/> with SQLite's code, so corruption handling is unchanged.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(db, sql, out statement);
        SqliteException.ThrowExceptionForRC(rc, db);
    }

    /// <summary>Binds the values to ?1, ?2, ... in order (null, string, UTF-8 bytes as text, long or int), runs the statement and resets it.</summary>
    public void Run(params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var rc = values[i] switch
            {
                null => raw.sqlite3_bind_null(statement, i + 1),
                string s => raw.sqlite3_bind_text(statement, i + 1, s),
                byte[] utf8 => raw.sqlite3_bind_text(statement, i + 1, utf8.AsSpan()),
                long l => raw.sqlite3_bind_int64(statement, i + 1, l),
                int n => raw.sqlite3_bind_int64(statement, i + 1, n),
                var other => throw new ArgumentException($"Cannot bind a {other.GetType().Name}.", nameof(values)),
            };
            SqliteException.ThrowExceptionForRC(rc, db);
        }

        var step = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (step != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(step, db);
        }
    }

    public void Dispose() => statement.Dispose();
}
