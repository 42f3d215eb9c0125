namespace Cairn.Vault;

/// <summary>
/// The <c>llm:</c> section of the config. The key itself never lives in the vault: <see cref="ApiKeyEnv"/> names
/// the environment variable that holds it. <see cref="Provider"/> is kept as written so that a misspelt one is
/// reported (exit 2) by whoever builds the client, and only when the LLM is actually used.
/// </summary>
public sealed record LlmSettings(string? Provider, string? Model, string? Endpoint, string? ApiKeyEnv)
{
    public const int DefaultMaxParallel = 2;
    public const int DefaultTimeoutSeconds = 120;
    public const int DefaultRetries = 3;
    public const int DefaultContextTokens = 16_000;

    /// <summary>How many requests may be in flight at once (sources and parts of a long source together).</summary>
    public int MaxParallel { get; init; } = DefaultMaxParallel;

    /// <summary>How long one request may take before it is abandoned (and retried, up to <see cref="Retries"/>).</summary>
    public int TimeoutSeconds { get; init; } = DefaultTimeoutSeconds;

    /// <summary>Retries after a 429, a 5xx, a timeout or a dropped connection, with backoff and jitter.</summary>
    public int Retries { get; init; } = DefaultRetries;

    /// <summary>Tokens one request may carry, prompt and transcript together; a longer source is split in parts.</summary>
    public int ContextTokens { get; init; } = DefaultContextTokens;

    /// <summary>What becomes of a source the model cannot do.</summary>
    public LlmFallback Fallback { get; init; } = LlmFallback.Offline;
}
