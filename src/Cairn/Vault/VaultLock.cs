using System.Diagnostics;
using System.Globalization;

namespace Cairn.Vault;

/// <summary>
/// One writer per vault. The lock is <c>.cairn/lock</c> held open exclusively (the OS drops it if the process
/// dies) and deleted on close; <c>.cairn/lock.owner</c> beside it names the holder, because the lock file itself
/// cannot be read while held.
/// </summary>
public sealed class VaultLock : IDisposable
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly FileStream stream;
    private readonly string ownerPath;

    private VaultLock(FileStream stream, string ownerPath)
    {
        this.stream = stream;
        this.ownerPath = ownerPath;
    }

    /// <summary>Takes the lock, waiting up to <paramref name="wait"/>; a <see cref="VaultLockedException"/> after that.</summary>
    public static VaultLock Acquire(string vaultRoot, TimeSpan? wait = null)
    {
        var lockPath = Path.Combine(vaultRoot, VaultLayout.LockFile);
        var ownerPath = lockPath + ".owner";
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        var deadline = Stopwatch.StartNew();
        var limit = wait ?? DefaultWait;
        while (true)
        {
            if (TryOpen(lockPath) is { } stream)
            {
                AtomicFile.WriteAllText(ownerPath, Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
                return new VaultLock(stream, ownerPath);
            }

            if (deadline.Elapsed >= limit)
            {
                throw new VaultLockedException(Describe(ownerPath, vaultRoot));
            }

            Thread.Sleep(Poll);
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(ownerPath);
        }
        catch (IOException)
        {
            // The owner note is advice for a waiting process; a leftover one is overwritten by the next holder.
        }

        stream.Dispose();
    }

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            // Windows reports a file pending deletion by its previous holder this way.
            return null;
        }
    }

    private static string Describe(string ownerPath, string vaultRoot)
    {
        string? pid = null;
        try
        {
            pid = File.ReadAllText(ownerPath).Trim();
        }
        catch (IOException)
        {
        }

        var holder = string.IsNullOrEmpty(pid) ? "another cairn process" : $"another cairn process (pid {pid})";
        return $"the vault {vaultRoot} is busy: {holder} holds {VaultLayout.LockFile}; try again when it finishes";
    }
}
