namespace Cairn.Cli;

/// <summary>The user asked for something that cannot be done as asked (exit 2, one line on stderr).</summary>
public sealed class CairnUsageException(string message) : Exception(message);
