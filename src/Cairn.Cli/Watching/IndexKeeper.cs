using Cairn.Index;
using Cairn.Vault;
using Microsoft.Data.Sqlite;

namespace Cairn.Cli.Watching;

/// <summary>
/// Keeps the vault's index fresh while <c>cairn watch</c> runs, so a query in another process trusts it instead of
/// walking the vault (<see cref="WatchedIndex"/>): it holds the keeper's lock, hears every note change, and when a
/// query asks, re-indexes what changed before the request and answers. One keeper per vault; without file events
/// (no inotify watch to spare) there is none, and queries walk as before.
/// </summary>
internal sealed class IndexKeeper : IDisposable
{
    private readonly Lock gate = new();
    private readonly VaultIndex index;
    private IDisposable? held;
    private readonly Action<string> log;
    private NoteWatch? watch;

    private IndexKeeper(VaultIndex index, Action<string> log)
    {
        this.index = index;
        this.log = log;
    }

    /// <summary>The keeper of <paramref name="root"/>'s index, its index brought up to date; null (said in <paramref name="log"/>) when there can be none.</summary>
    public static IndexKeeper? Start(string root, VaultLayout layout, TimeProvider time, Action<string> log)
    {
        var index = VaultIndex.Open(root, layout, time);
        var keeper = new IndexKeeper(index, log);
        try
        {
            // Listening first, then the walk, then the lock: a note saved during the walk is heard and re-indexed at
            // the next request, and no query asks before the index is whole (until then queries walk as before).
            WatchedIndex.PrepareSyncFolder(root);
            keeper.watch = new NoteWatch(root, layout.Inbox, log, keeper.Answer);
            if (!keeper.watch.IsWatching)
            {
                keeper.Dispose();
                return null;
            }

            lock (keeper.gate)
            {
                keeper.watch.Take();
                keeper.index.Refresh();
            }

            keeper.held = WatchedIndex.Hold(root);
            if (keeper.held is null)
            {
                log("another process keeps this vault's index fresh already");
                keeper.Dispose();
                return null;
            }

            return keeper;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only .cairn, say: the watch still ingests; queries walk the vault as they would without it.
            log($"cannot keep the index fresh for queries ({ex.Message}); they look for changes in the vault themselves");
            keeper.Dispose();
            return null;
        }
        catch
        {
            keeper.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        watch?.Dispose();
        lock (gate)
        {
            index.Dispose();
        }

        held?.Dispose();
    }

    /// <summary>Called on the watcher's thread after every change heard before <paramref name="request"/>.</summary>
    private void Answer(string request)
    {
        if (held is null)
        {
            // Another keeper holds the lock and answers: this one does not touch the request.
            return;
        }

        try
        {
            lock (gate)
            {
                watch!.Apply(index);
            }

            WatchedIndex.Answer(request);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException or ObjectDisposedException)
        {
            // Unanswered, the query walks the vault itself after its wait; the next request asks for everything again.
            watch?.Rescan();
            log($"could not bring the index up to date for a query ({ex.Message}); it walks the vault instead");
        }
    }
}
