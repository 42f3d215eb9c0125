namespace Cairn.Cli.Output;

/// <summary><c>cairn demo --json</c>: the vault made, the sample sources copied into its Inbox, and what ingesting each did.</summary>
internal sealed record DemoJson(string Vault, IReadOnlyList<string> Sources, IReadOnlyList<IngestItemJson> Results);
