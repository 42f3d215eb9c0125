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

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> (every command waits <see cref="DefaultWait"/> unless told
    /// otherwise); a <see cref="VaultLockedException"/> after that. <paramref name="waiting"/> hears once, when the
    /// lock is busy, who holds it, so a person knows why nothing happens yet.
    /// </summary>
    public static VaultLock Acquire(string vaultRoot, TimeSpan? wait = null, Action<string>? waiting = null)
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
                throw new VaultLockedException($"the vault {vaultRoot} is busy: {Holder(ownerPath)} holds {VaultLayout.LockFile}; try again when it finishes");
            }

            if (waiting is not null)
            {
                waiting($"waiting up to {limit.TotalSeconds:0.#} s for the vault {vaultRoot}: {Holder(ownerPath)} holds {VaultLayout.LockFile}");
                waiting = null;
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
        catch (IOException ex) when (IsReadOnlyFileSystem(ex))
        {
            // A read-only mount (EROFS) said "busy" after the 5 s wait: no wait makes that better either.
            throw new IOException($"cannot take the vault lock {path}: the file system is read-only (a read-only mount or disk); cairn changed nothing");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException) when (OperatingSystem.IsWindows())
        {
            // Windows reports a file pending deletion by its previous holder this way.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            // Elsewhere it means the folder or the file is read-only: no wait makes that better.
            throw new IOException($"cannot take the vault lock {path}: permission denied (is the vault or its .cairn folder read-only?)");
        }
    }

    /// <summary>EROFS (30): .NET reports the errno as the HResult of the IOException it throws on Linux and macOS.</summary>
    internal static bool IsReadOnlyFileSystem(IOException ex) => !OperatingSystem.IsWindows() && ex.HResult == 30;

    private static string Holder(string ownerPath)
    {
        string? pid = null;
        try
        {
            pid = File.ReadAllText(ownerPath).Trim();
        }
        catch (IOException)
        {
        }

        return string.IsNullOrEmpty(pid) ? "another cairn process" : $"another cairn process (pid {pid})";
    }
}
