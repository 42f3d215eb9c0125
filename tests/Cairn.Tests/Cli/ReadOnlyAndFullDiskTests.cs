using Cairn.Vault;
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
}
