namespace Cairn.Cli.Commands;

/// <summary>What one <c>cairn ingest</c> (or <c>cairn demo</c>) was asked to do.</summary>
internal sealed record IngestRequest(string Vault, IReadOnlyList<string> Files, bool DryRun, string Extractor, bool Json);
