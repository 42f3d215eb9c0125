using System.Collections.Concurrent;
using Cairn.Ingest;

namespace Cairn.Cli.Watching;

/// <summary>
/// A <see cref="FileSystemWatcher"/> on the Inbox (not its subfolders) whose events are queued for the watch loop,
/// which applies them to its <see cref="InboxWatch"/> on its own thread. Lost events (a full buffer) ask for a rescan.
/// </summary>
internal sealed class InboxWatcher : IDisposable
{
    // The default 8 KB holds a few dozen events; a burst of hundreds of files overflows it.
    private const int BufferSize = 64 * 1024;

    private readonly FileSystemWatcher watcher;
    private readonly ConcurrentQueue<Action<InboxWatch>> events = new();

    public InboxWatcher(string inbox)
    {
        watcher = new FileSystemWatcher(inbox)
        {
            IncludeSubdirectories = false,
            InternalBufferSize = BufferSize,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite,
        };
        watcher.Created += (_, e) => events.Enqueue(w => w.Changed(e.Name ?? string.Empty));
        watcher.Changed += (_, e) => events.Enqueue(w => w.Changed(e.Name ?? string.Empty));
        watcher.Deleted += (_, e) => events.Enqueue(w => w.Removed(e.Name ?? string.Empty));
        watcher.Renamed += (_, e) => events.Enqueue(w => w.Renamed(e.OldName ?? string.Empty, e.Name ?? string.Empty));
        watcher.Error += (_, _) => events.Enqueue(w => w.Overflowed());
        watcher.EnableRaisingEvents = true;
    }

    /// <summary>Applies the events that arrived since the last call, in order.</summary>
    public void Drain(InboxWatch watch)
    {
        while (events.TryDequeue(out var apply))
        {
            apply(watch);
        }
    }

    public void Dispose() => watcher.Dispose();
}
