namespace Cairn.Planning;

/// <summary>A source moved out of the Inbox (to the archive, or to <c>_failed/</c>), vault-relative.</summary>
public sealed record FileMove(string From, string To);
