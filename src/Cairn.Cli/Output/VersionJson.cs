namespace Cairn.Cli.Output;

/// <summary><c>cairn version --json</c>.</summary>
internal sealed record VersionJson(string Version);
