using Cairn.Vault;
using Cairn.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace Cairn.Tests.Cli;

/// <summary>
/// A read-only mount and a full disk (issue #16) give one line saying so. The suite runs without the rights to mount a
/// read-only or a tiny file system, so these check the rules on the errors such a disk raises (EROFS as .NET reports it,
/// SQLite's FULL, READONLY and CANTOPEN); docs/vault.md records the same runs on real tmpfs mounts.
/// </summary>
public sealed class ReadOnlyAndFullDiskTests
{
    [Fact]
    public void A_read_only_file_system_is_told_from_a_lock_another_process_holds()
    {
        // What opening the lock file on a read-only mount throws on Linux (measured: HResult 30, "Read-only file system : '…'").
        var readOnly = new IOException("Read-only file system : '/vault/.cairn/lock'", 30);
        // What it throws when another process holds the lock (a sharing violation).
        var held = new IOException("The process cannot access the file '/vault/.cairn/lock' because it is being used by another process.", unchecked((int)0x80070020));

        Assert.Equal(!OperatingSystem.IsWindows(), VaultLock.IsReadOnlyFileSystem(readOnly));
        Assert.False(VaultLock.IsReadOnlyFileSystem(held));
    }

    [Theory]
    [InlineData(13, "the disk is full: a database in .cairn/ could not be written")]
    [InlineData(8, "cannot be opened or written: is the vault, or its .cairn folder, read-only?")]
    [InlineData(14, "cannot be opened or written: is the vault, or its .cairn folder, read-only?")]
    [InlineData(10 | (3 << 8), "cannot be used")]
    public void A_database_error_met_mid_run_is_one_line_saying_what_the_disk_did(int code, string expected)
    {
        var line = Cairn.Cli.ExpectedFailure.Describe(new SqliteException("SQLite Error", code));

        Assert.NotNull(line);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Theory]
    [InlineData("erofs", true)]
    [InlineData("permission", true)]
    [InlineData("sqlite-readonly", true)]
    [InlineData("sqlite-cantopen", true)]
    [InlineData("sqlite-perm", true)]
    [InlineData("sqlite-corrupt", false)]
    [InlineData("sqlite-full", false)]
    [InlineData("other-io", false)]
    public void An_index_that_cannot_be_written_where_it_lives_is_built_elsewhere_and_a_damaged_one_is_not(string error, bool elsewhere)
    {
        Exception ex = error switch
        {
            "erofs" => new IOException("Read-only file system : '/vault/.cairn'", 30),
            "permission" => new UnauthorizedAccessException("Access to the path '/vault/.cairn' is denied."),
            "sqlite-readonly" => new SqliteException("attempt to write a readonly database", 8),
            "sqlite-cantopen" => new SqliteException("unable to open database file", 14),
            "sqlite-perm" => new SqliteException("access permission denied", 3),
            "sqlite-corrupt" => new SqliteException("database disk image is malformed", 11),
            "sqlite-full" => new SqliteException("database or disk is full", 13),
            _ => new IOException("Input/output error", 5),
        };

        Assert.Equal(elsewhere && (error != "erofs" || !OperatingSystem.IsWindows()), Cairn.Index.IndexDatabase.IsUnwritable(ex));
    }

    [Fact]
    public void Queries_answer_when_the_index_cannot_be_opened_in_cairn_and_say_so_in_one_line()
    {
        using var temp = new TempDirectory();
        var vault = temp.Combine("vault");
        CrashHarness.Init(vault);
        CrashHarness.FillInbox(vault, 3);
        Assert.Equal(0, CliRunner.Run("ingest", "--vault", vault).ExitCode);
        var expected = CliRunner.Run("tasks", "--vault", vault, "--json");
        // SQLite cannot open a folder (CANTOPEN, as on a read-only mount without the -shm file): the same path a read-only
        // .cairn takes, and one that holds for a test run as root, whom file modes do not stop.
        var index = Path.Combine(vault, ".cairn", "index.db");
        foreach (var file in Directory.GetFiles(Path.Combine(vault, ".cairn"), "index.db*"))
        {
            File.Delete(file);
        }

        Directory.CreateDirectory(index);
        var temporaries = Directory.GetDirectories(Path.GetTempPath(), "cairn-index-*").Length;

        var tasks = CliRunner.Run("tasks", "--vault", vault, "--json");
        var search = CliRunner.Run("search", "pilot", "--vault", vault, "--json");

        Assert.Equal(0, tasks.ExitCode);
        Assert.Equal(expected.Stdout, tasks.Stdout);
        Assert.True(expected.Stdout.Length > 100, expected.Stdout);
        Assert.Equal(0, search.ExitCode);
        var warning = Assert.Single(tasks.Stderr.TrimEnd().Split('\n'));
        Assert.Contains("cannot write the index in .cairn/index.db (a read-only vault or mount?)", warning, StringComparison.Ordinal);
        Assert.True(Directory.Exists(index));
        Assert.Empty(Directory.GetFileSystemEntries(index));
        Assert.True(Directory.GetDirectories(Path.GetTempPath(), "cairn-index-*").Length <= temporaries);
    }
}
