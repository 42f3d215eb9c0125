namespace Cairn.Vault;

/// <summary>
/// A path Cairn was about to use would leave the vault. Inputs are sanitised long before this, so reaching it
/// means a broken invariant; it derives from <see cref="IOException"/> so the CLI reports it as one line.
/// </summary>
public sealed class VaultPathException(string message) : IOException(message);
