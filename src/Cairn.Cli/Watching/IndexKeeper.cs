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
    private readonly IDisposable held;
    private readonly VaultIndex index;
    private readonly Action<string> log;
    private NoteWatch? watch;

    private IndexKeeper(IDisposable held, VaultIndex index, Action<string> log)
    {
        this.held = held;
        this.index = index;
        this.log = log;
    }

    /// <summary>The keeper of <paramref name="root"/>'s index, its index brought up to date; null (said in <paramref name="log"/>) when there can be none.</summary>
    public static IndexKeeper? Start(string root, VaultLayout layout, TimeProvider time, Action<string> log)
    {
        if (WatchedIndex.Hold(root) is not { } held)
        {
            log("another process keeps this vault's index fresh already");
            return null;
        }

        var keeper = new IndexKeeper(held, VaultIndex.Open(root, layout, time), log);
        try
        {
            // Listening first, then the walk: a note saved during the walk is heard and re-indexed at the next
            // request, which waits for the walk (the gate) rather than share the index's connection with it.
            bool watching;
            lock (keeper.gate)
            {
                keeper.watch = new NoteWatch(root, layout.Inbox, log, keeper.Answer);
                watching = keeper.watch.IsWatching;
                if (watching)
                {
                    keeper.watch.Take();
                    keeper.index.Refresh();
                }
            }

            if (!watching)
            {
                keeper.Dispose();
                return null;
            }

            return keeper;
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

        held.Dispose();
    }

    /// <summary>Called on the watcher's thread after every change heard before <paramref name="request"/>.</summary>
    private void Answer(string request)
    {
        try
        {
            lock (gate)
            {
                var (rescan, notes) = watch!.Take();
                _ = rescan ? index.Refresh() : notes.Count > 0 ? index.RefreshPaths(notes) : null;
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
