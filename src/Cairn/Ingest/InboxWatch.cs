namespace Cairn.Ingest;

/// <summary>
/// Decides when files dropped in the Inbox are ready to ingest. It is fed file events (created, changed, renamed,
/// deleted) and observations (a file's size and write time, from a scan of the whole Inbox or a look at one file),
/// and releases a file only once an observation shows the same size and write time it had <c>settle</c> earlier
/// with no event in between: a file still being copied or downloaded keeps growing, so it waits. Each file is
/// released once per content it shows (a file left in the Inbox, say a skipped duplicate, is not released again
/// until it changes). Not thread-safe: the caller feeds it from one loop.
/// </summary>
public sealed class InboxWatch
{
    public const int DefaultBatchSize = 100;

    public static readonly TimeSpan DefaultSettle = TimeSpan.FromSeconds(2);

    private readonly TimeProvider time;
    private readonly TimeSpan settle;
    private readonly int batchSize;
    private readonly Dictionary<string, Pending> pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Stamp> released = new(StringComparer.Ordinal);

    public InboxWatch(TimeProvider time, TimeSpan? settle = null, int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        this.time = time;
        this.settle = settle ?? DefaultSettle;
        this.batchSize = batchSize;
    }

    /// <summary>Set when events were lost (the watcher's buffer overflowed): only a full scan tells what is there now.</summary>
    public bool RescanNeeded { get; private set; } = true;

    /// <summary>Files seen but not yet released: the caller looks at each again (size, write time) before <see cref="TakeReady"/>.</summary>
    public IReadOnlyCollection<string> Waiting => pending.Keys;

    /// <summary>When the earliest waiting file could be ready, if an observation then confirms it; null when none waits.</summary>
    public DateTimeOffset? NextCheck => pending.Count == 0 ? null : pending.Values.Min(p => p.StableSince) + settle;

    /// <summary>A file was created or written to: whatever it looked like before, it is not settled now.</summary>
    public void Changed(string name)
    {
        if (!InboxNames.IsSource(name))
        {
            return;
        }

        // A released file stays released unless an observation shows a different size or write time: events
        // alone (attribute changes, a sync tool touching it) do not make it new content.
        var now = time.GetUtcNow();
        pending[name] = pending.TryGetValue(name, out var p) ? p with { StableSince = now, Confirmed = false } : new Pending(null, now, false);
    }

    /// <summary>A rename: the old name is gone; the new one (a download's final name, say) is a fresh file.</summary>
    public void Renamed(string oldName, string newName)
    {
        Removed(oldName);
        Changed(newName);
    }

    public void Removed(string name)
    {
        pending.Remove(name);
        released.Remove(name);
    }

    /// <summary>The watcher lost events: wait for a full scan.</summary>
    public void Overflowed() => RescanNeeded = true;

    /// <summary>What one file looks like now (a look at one <see cref="Waiting"/> file, or part of a scan).</summary>
    public void Observed(InboxFile file)
    {
        if (!InboxNames.IsSource(file.Name))
        {
            return;
        }

        var stamp = new Stamp(file.Size, file.Modified);
        if (released.TryGetValue(file.Name, out var done) && done == stamp)
        {
            pending.Remove(file.Name);
            return;
        }

        released.Remove(file.Name);
        var now = time.GetUtcNow();
        pending[file.Name] = pending.TryGetValue(file.Name, out var p) && p.Stamp == stamp
            ? p with { Confirmed = true, ConfirmedAt = now }
            : new Pending(stamp, now, true) { ConfirmedAt = now };
    }

    /// <summary>Every file in the Inbox now: new and changed ones are observed, the ones not listed are gone.</summary>
    public void Scanned(IEnumerable<InboxFile> files)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            present.Add(file.Name);
            Observed(file);
        }

        foreach (var gone in pending.Keys.Concat(released.Keys).Where(n => !present.Contains(n)).ToList())
        {
            Removed(gone);
        }

        RescanNeeded = false;
    }

    /// <summary>
    /// The files that have settled, in name order, split into batches of at most the batch size; each is released
    /// once. The caller ingests the batches one at a time.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> TakeReady()
    {
        var ready = pending.Where(p => p.Value is { Stamp: not null, Confirmed: true } && p.Value.ConfirmedAt - p.Value.StableSince >= settle)
            .Select(p => p.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var name in ready)
        {
            released[name] = pending[name].Stamp!.Value;
            pending.Remove(name);
        }

        return ready.Chunk(batchSize).Select(b => (IReadOnlyList<string>)b).ToList();
    }

    private readonly record struct Stamp(long Size, DateTimeOffset Modified);

    /// <param name="Stamp">The last size and write time observed; null when only an event has been seen.</param>
    /// <param name="StableSince">The last time the file was seen to change (an event, or a different stamp).</param>
    /// <param name="Confirmed">True when an observation came after the last event.</param>
    private sealed record Pending(Stamp? Stamp, DateTimeOffset StableSince, bool Confirmed)
    {
        public DateTimeOffset ConfirmedAt { get; init; }
    }
}
