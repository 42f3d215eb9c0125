using Cairn.Index;
using Cairn.Queries;

namespace Cairn.Cli.Watching;

/// <summary>
/// What changed in the vault since the server last looked, so a call re-indexes the notes touched and no more:
/// a walk of 50,000 notes costs a few hundred milliseconds, re-indexing one note a few. Events the watcher cannot
/// pin to notes (a folder renamed or deleted, a lost event buffer) ask for a full refresh instead. A query's request
/// to catch up (<see cref="WatchedIndex"/>) is handed to <c>onSync</c> in the order it was heard, after every
/// change made before it.
/// </summary>
internal sealed class NoteWatch : IDisposable
{
    private readonly object gate = new();
    private readonly string root;
    private readonly string inbox;
    private readonly FileSystemWatcher? watcher;
    private readonly Action<string>? onSync;
    private HashSet<string> changed = new(StringComparer.Ordinal);
    private bool rescan = true;

    public NoteWatch(string root, string inbox, Action<string> log, Action<string>? onSync = null)
    {
        this.root = root;
        this.inbox = inbox;
        this.onSync = onSync;
        try
        {
            watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Touched(e.FullPath, moved: false);
            watcher.Created += (_, e) => Created(e.FullPath);
            watcher.Deleted += (_, e) => Touched(e.FullPath, moved: true);
            watcher.Renamed += (_, e) =>
            {
                Touched(e.OldFullPath, moved: true);
                Touched(e.FullPath, moved: Directory.Exists(e.FullPath));
            };
            watcher.Error += (_, _) => Rescan();
            watcher.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            // Without a watcher (inotify limits, a network share) every call walks the vault: slower, still right.
            watcher?.Dispose();
            watcher = null;
            log($"cannot watch {root} for changes ({ex.Message}); every call re-scans the vault");
        }
    }

    /// <summary>Whether file events are heard at all (no inotify watch left, a network share: not).</summary>
    public bool IsWatching => watcher is not null;

    /// <summary>What to refresh now: everything (a walk) or just these notes; resets what was seen.</summary>
    public (bool Rescan, IReadOnlyList<string> Notes) Take()
    {
        lock (gate)
        {
            var taken = (rescan || watcher is null, (IReadOnlyList<string>)[.. VaultNoteReader.NotePaths(changed, inbox)]);
            changed = new HashSet<string>(StringComparer.Ordinal);
            rescan = false;
            return taken;
        }
    }

    /// <summary>Brings <paramref name="index"/> up to what was heard since the last look: a walk, the notes named, or nothing.</summary>
    public IndexRefresh? Apply(VaultIndex index)
    {
        var (rescan, notes) = Take();
        return rescan ? index.Refresh() : notes.Count > 0 ? index.RefreshPaths(notes) : null;
    }

    /// <summary>Asks the next call for a full refresh (a write whose files are not known one by one).</summary>
    public void Rescan()
    {
        lock (gate)
        {
            rescan = true;
        }
    }

    public void Dispose() => watcher?.Dispose();

    private void Created(string fullPath)
    {
        if (onSync is not null && WatchedIndex.IsSyncRequest(Path.GetRelativePath(root, fullPath).Replace('\\', '/')))
        {
            onSync(fullPath);
            return;
        }

        Touched(fullPath, moved: Directory.Exists(fullPath));
    }

    /// <param name="moved">Created, deleted or renamed: when it is a folder, the notes under it came or went with it.</param>
    private void Touched(string fullPath, bool moved)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        if (relative.StartsWith("..", StringComparison.Ordinal) || relative.Split('/').Any(s => s.StartsWith('.')))
        {
            // .cairn (the index itself), .obsidian, .trash: never notes.
            return;
        }

        var extension = Path.GetExtension(relative);
        lock (gate)
        {
            if (extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
            {
                changed.Add(relative);
            }
            else if (moved && (extension.Length == 0 || Directory.Exists(fullPath)))
            {
                // Likely a folder (a deleted one can no longer be asked): its notes are not named one by one.
                rescan = true;
            }
        }
    }
}
