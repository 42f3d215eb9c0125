using Microsoft.Data.Sqlite;

namespace Cairn.Cli;

/// <summary>
/// The failures a command may meet in normal use (a file it cannot read or write, a vault another process holds,
/// a database busy or damaged) and the one line each becomes; anything else is a bug and keeps its stack trace.
/// The stores name their file where they can (StateStore.Problem turns SQLite's codes into an IOException);
/// the SQLite lines here are the last defence against a stack trace.
/// </summary>
internal static class ExpectedFailure
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    /// <summary>The line to print for <paramref name="ex"/>, or null when it is not an expected failure.</summary>
    public static string? Describe(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException => ex.Message,
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } =>
            "the vault's database in .cairn/ is busy: another process is writing to it; try again when it is done",
        // Met mid-run (the stores name their file when they open): the journal lets the next run finish or roll back this one.
        SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) == SqliteFull =>
            $"the disk is full: a database in .cairn/ could not be written ({sqlite.Message.TrimEnd('.')}); the next run finishes or rolls back this one from its journal: free some space and run again",
        SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) is SqliteReadOnly or SqliteCantOpen =>
            $"the vault's database in .cairn/ cannot be opened or written: is the vault, or its .cairn folder, read-only? ({sqlite.Message.TrimEnd('.')})",
        SqliteException sqlite => $"the vault's database in .cairn/ cannot be used: {sqlite.Message}",
        _ => null,
    };
}
