namespace Cairn.Cli.Watching;

/// <summary>What one <c>cairn watch</c> was asked to do, and how often it looks.</summary>
internal sealed record WatchOptions(string Vault, TimeSpan Settle, bool Json)
{
    /// <summary>How often the whole Inbox is listed again, events or not (catches what the watcher missed).</summary>
    public TimeSpan Rescan { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long to wait before trying a batch again when another Cairn process holds the vault.</summary>
    public TimeSpan LockRetry { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one attempt waits for the vault lock before the batch is put off (null: the default wait).</summary>
    public TimeSpan? LockWait { get; init; }

    /// <summary>False in tests that drive the loop by scans alone.</summary>
    public bool UseFileWatcher { get; init; } = true;
}
