namespace Cairn.Cli.Commands;

/// <summary>What one <c>cairn ingest</c> (or <c>cairn demo</c>) was asked to do.</summary>
internal sealed record IngestRequest(string Vault, IReadOnlyList<string> Files, bool DryRun, string Extractor, bool Json)
{
    /// <summary>How long to wait for a vault another Cairn process holds (null: <see cref="Vault.VaultLock.DefaultWait"/>).</summary>
    public TimeSpan? LockWait { get; init; }

    /// <summary>
    /// A named Inbox file that is gone once the lock is held was taken by another Cairn process (watch names the
    /// files it saw): left out, not an error.
    /// </summary>
    public bool GoneIsTaken { get; init; }
}
