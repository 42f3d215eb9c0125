namespace Cairn.Vault;

/// <summary>What <c>cairn init</c> did: the vault-relative items it made and the ones already there.</summary>
public sealed record InitResult(
    string Vault,
    IReadOnlyList<string> Created,
    IReadOnlyList<string> Existing,
    ConfigError? ConfigProblem,
    string? Warning);
