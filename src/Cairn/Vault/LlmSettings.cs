namespace Cairn.Vault;

/// <summary>
/// The <c>llm:</c> section of the config. The key itself never lives in the vault: <see cref="ApiKeyEnv"/> names
/// the environment variable that holds it.
/// </summary>
public sealed record LlmSettings(string? Provider, string? Model, string? Endpoint, string? ApiKeyEnv);
