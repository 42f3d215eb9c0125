namespace Cairn.Vault;

/// <summary>Another process is writing to the vault. An <see cref="IOException"/>, so the CLI prints it as one line.</summary>
public sealed class VaultLockedException(string message) : IOException(message);
