namespace Cairn.Cli.Output;

/// <summary>What a command that failed writes on stdout under <c>--json</c>, so a script reading stdout sees why it got no result.</summary>
internal sealed record ErrorJson(string Error);
