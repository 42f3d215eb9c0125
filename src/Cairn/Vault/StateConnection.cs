using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Cairn.Vault;

/// <summary>
/// Opens connections to <c>.cairn/state.db</c> (the state store) and <c>.cairn/index.db</c> (the index), after setting SQLite's
/// process-wide options once. Cairn never shares a connection between threads at the same time, so SQLite runs in
/// multi-thread mode rather than serialized, and keeps no memory statistics: a full index build makes millions of
/// API calls and allocations, and their mutexes were 2.4% of its CPU (0.2% after).
/// </summary>
internal static class StateConnection
{
    private const int ConfigMultiThread = 2;
    private const int ConfigMemStatus = 9;

    static StateConnection()
    {
        Batteries_V2.Init();
        // Both calls fail harmlessly (SQLITE_MISUSE) when something in the process used SQLite first; the defaults then stay.
        raw.sqlite3_config(ConfigMultiThread);
        raw.sqlite3_config(ConfigMemStatus, 0);
    }

    /// <summary>An open, unpooled connection to the database at <paramref name="path"/>, its folder made when missing.</summary>
    public static SqliteConnection Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        RestoreWriteAccess(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// SQLite makes a database's <c>-wal</c> and <c>-shm</c> files with the database's own permissions, so after a
    /// <c>chmod 444 state.db</c> they stay read-only when the database is writable again, and every open failed.
    /// When the database is writable, they are made writable for their owner too (never deleted: the WAL holds commits).
    /// </summary>
    private static void RestoreWriteAccess(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path) || !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserWrite))
        {
            return;
        }

        foreach (var side in new[] { path + "-wal", path + "-shm" })
        {
            try
            {
                if (File.Exists(side) && File.GetUnixFileMode(side) is var mode && !mode.HasFlag(UnixFileMode.UserWrite))
                {
                    File.SetUnixFileMode(side, mode | UnixFileMode.UserWrite);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Not ours to change (another user's file): SQLite's own error then names the problem.
            }
        }
    }
}
