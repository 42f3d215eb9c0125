using System.Diagnostics.CodeAnalysis;

namespace Cairn.Cli.Providers;

/// <summary>What each provider is called in the config, and what it assumes when the config leaves a key out.</summary>
public static class LlmProviders
{
    public static readonly IReadOnlyList<string> Names = ["openai", "azure-openai", "anthropic", "openai-compatible"];

    /// <summary>The switch a native (AOT) publish turns off (Cairn.Cli.csproj): see <see cref="AnthropicIncluded"/>.</summary>
    public const string AnthropicSwitch = "Cairn.Llm.Anthropic";

    /// <summary>
    /// Whether this build carries the Anthropic client: every build but the native (AOT) one. The Anthropic package
    /// writes and reads its requests by run-time reflection, which a native build cannot do (its requests failed
    /// with "Reflection-based serialization has been disabled"), so that publish turns the switch off and the
    /// trimmer leaves the package out, with its trimming and AOT warnings.
    /// </summary>
    [FeatureSwitchDefinition(AnthropicSwitch)]
    public static bool AnthropicIncluded => !AppContext.TryGetSwitch(AnthropicSwitch, out var included) || included;

    public static LlmProvider? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "openai" => LlmProvider.OpenAI,
        "azure-openai" or "azure" => LlmProvider.AzureOpenAI,
        "anthropic" => LlmProvider.Anthropic,
        "openai-compatible" or "ollama" or "lmstudio" or "lm-studio" or "vllm" => LlmProvider.OpenAICompatible,
        _ => null,
    };

    public static string Name(LlmProvider provider) => provider switch
    {
        LlmProvider.OpenAI => "openai",
        LlmProvider.AzureOpenAI => "azure-openai",
        LlmProvider.Anthropic => "anthropic",
        _ => "openai-compatible",
    };

    /// <summary>The endpoint used when the config names none; null when the provider has no public one.</summary>
    public static Uri? DefaultEndpoint(LlmProvider provider) => provider switch
    {
        LlmProvider.OpenAI => new Uri("https://api.openai.com/v1"),
        LlmProvider.Anthropic => new Uri("https://api.anthropic.com"),
        _ => null,
    };

    /// <summary>The variable read for the key when <c>api_key_env</c> is absent; null where no key is needed.</summary>
    public static string? DefaultKeyVariable(LlmProvider provider) => provider switch
    {
        LlmProvider.OpenAI => "OPENAI_API_KEY",
        LlmProvider.AzureOpenAI => "AZURE_OPENAI_API_KEY",
        LlmProvider.Anthropic => "ANTHROPIC_API_KEY",
        _ => null,
    };
}
