namespace Cairn.Cli.Commands;

/// <summary>What one <c>cairn ingest</c> (or <c>cairn demo</c>) was asked to do.</summary>
internal sealed record IngestRequest(string Vault, IReadOnlyList<string> Files, bool DryRun, string Extractor, bool Json)
{
    /// <summary>How long to wait for a vault another Cairn process holds (null: <see cref="Vault.VaultLock.DefaultWait"/>).</summary>
    public TimeSpan? LockWait { get; init; }
}
