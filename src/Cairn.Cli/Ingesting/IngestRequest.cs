namespace Cairn.Cli.Ingesting;

/// <summary>What one <c>cairn ingest</c> (or <c>cairn demo</c>) was asked to do; a null extractor means the config's.</summary>
internal sealed record IngestRequest(string Vault, IReadOnlyList<string> Files, bool DryRun, string? Extractor, bool Json)
{
    /// <summary>Ask the model again even where state.db holds its reply to the same request.</summary>
    public bool RefreshLlm { get; init; }

    /// <summary>How long to wait for a vault another Cairn process holds (null: <see cref="Vault.VaultLock.DefaultWait"/>).</summary>
    public TimeSpan? LockWait { get; init; }

    /// <summary>
    /// A named Inbox file that is gone once the lock is held was taken by another Cairn process (watch names the
    /// files it saw): left out, not an error.
    /// </summary>
    public bool GoneIsTaken { get; init; }
}
