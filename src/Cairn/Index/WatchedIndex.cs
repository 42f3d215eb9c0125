using System.Diagnostics;
using Cairn.Vault;

namespace Cairn.Index;

/// <summary>
/// Lets a query trust an index that another process keeps fresh, so it need not walk the vault. The keeper
/// (<c>cairn watch</c>) holds <see cref="VaultLayout.IndexKeeperLock"/> and watches every note. A query that finds
/// the lock held drops a file into <see cref="VaultLayout.IndexSyncFolder"/> and waits for it to go: the keeper
/// hears file events in the order they happened, so when it reaches that file it has heard every edit made
/// before the query began; it re-indexes them, commits, and only then deletes the file. A note saved a moment
/// before the query is therefore in the index the query reads. No keeper, or no answer in time: the query walks
/// the vault as always.
/// </summary>
public static class WatchedIndex
{
    /// <summary>How long a query waits for the keeper before walking the vault itself.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(2);

    /// <summary>Whether the index is fresh by a keeper's word: <see cref="KeeperAnswer.Answered"/> once a live keeper has brought it up to every change made before this call.</summary>
    public static KeeperAnswer Sync(string vaultRoot, TimeSpan wait)
    {
        var lockPath = Path.Combine(vaultRoot, VaultLayout.IndexKeeperLock);
        if (!File.Exists(lockPath) || !Held(lockPath))
        {
            return KeeperAnswer.NoKeeper;
        }

        var request = Path.Combine(vaultRoot, VaultLayout.IndexSyncFolder, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(request)!);
            File.WriteAllBytes(request, []);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return KeeperAnswer.NoAnswer;
        }

        var clock = Stopwatch.StartNew();
        var pause = 0;
        while (File.Exists(request))
        {
            if (clock.Elapsed >= wait)
            {
                TryDelete(request);
                return KeeperAnswer.NoAnswer;
            }

            // Spin first: a keeper with nothing to re-index answers within a millisecond or two.
            Thread.Sleep(pause);
            pause = Math.Min(pause + 1, 10);
        }

        return KeeperAnswer.Answered;
    }

    /// <summary>
    /// Makes the folder requests are dropped in. A keeper calls it before it starts listening: a folder made after
    /// the listening began is watched only some time later, and a request written into it at once would go unheard.
    /// </summary>
    public static void PrepareSyncFolder(string vaultRoot) =>
        Directory.CreateDirectory(Path.Combine(vaultRoot, VaultLayout.IndexSyncFolder));

    /// <summary>Takes the keeper's lock; null when another process keeps this vault's index already.</summary>
    public static IDisposable? Hold(string vaultRoot)
    {
        var lockPath = Path.Combine(vaultRoot, VaultLayout.IndexKeeperLock);
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="relativePath"/> (vault-relative, '/' separated) is a query's request to catch up.</summary>
    public static bool IsSyncRequest(string relativePath) =>
        relativePath.StartsWith(VaultLayout.IndexSyncFolder + "/", StringComparison.Ordinal);

    /// <summary>Answers a request: the index holds every change heard before it.</summary>
    public static void Answer(string requestPath) => TryDelete(requestPath);

    /// <summary>A lock file left by a keeper that was killed is not held: the query opens it, and it goes.</summary>
    private static bool Held(string lockPath)
    {
        try
        {
            using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Gone already, or not ours to remove: either way nothing waits on it.
        }
    }
}

/// <summary>What a query heard from the index's keeper.</summary>
public enum KeeperAnswer
{
    /// <summary>No process keeps the index: walk the vault.</summary>
    NoKeeper,

    /// <summary>The keeper caught up with every change made before the request: trust the index.</summary>
    Answered,

    /// <summary>A keeper holds the lock but did not answer in time: walk the vault, and say so.</summary>
    NoAnswer,
}
