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

    /// <summary>The line to print for <paramref name="ex"/>, or null when it is not an expected failure.</summary>
    public static string? Describe(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException => ex.Message,
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } =>
            "the vault's database in .cairn/ is busy: another process is writing to it; try again when it is done",
        SqliteException sqlite => $"the vault's database in .cairn/ cannot be used: {sqlite.Message}",
        _ => null,
    };
}
