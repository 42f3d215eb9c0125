using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Cairn.Vault;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Cairn.Cli.Providers;

/// <summary>
/// Builds the one <see cref="IChatClient"/> an LLM run talks through, from the config's <c>llm:</c> section.
/// Every problem a user can fix (no section, an unknown provider, no model, a missing key variable, a bad
/// endpoint) is one <see cref="CairnUsageException"/> line, raised before any source is read.
/// </summary>
public static class ChatClientFactory
{
    public static LlmConnection Create(LlmSettings? settings, Func<string, string?> environment, HttpMessageHandler? transport = null, TimeSpan? retryDelay = null)
    {
        if (settings is null)
        {
            throw new CairnUsageException("the llm extractor needs an llm: section in .cairn/config.yaml (provider, model; see docs/llm.md)");
        }

        var provider = LlmProviders.Parse(settings.Provider)
            ?? throw new CairnUsageException(settings.Provider is null
                ? $"llm.provider is missing in .cairn/config.yaml (one of: {string.Join(", ", LlmProviders.Names)})"
                : $"llm.provider '{settings.Provider}' is not known (one of: {string.Join(", ", LlmProviders.Names)})");
        var name = LlmProviders.Name(provider);
        var model = string.IsNullOrWhiteSpace(settings.Model)
            ? throw new CairnUsageException($"llm.model is missing in .cairn/config.yaml (the {name} model{(provider == LlmProvider.AzureOpenAI ? " deployment" : string.Empty)} to use)")
            : settings.Model.Trim();
        var endpoint = Endpoint(settings.Endpoint, provider, name);
        var key = Key(settings.ApiKeyEnv, provider, name, environment);

        if (provider == LlmProvider.Anthropic && !LlmProviders.AnthropicIncluded)
        {
            throw new CairnUsageException("llm.provider anthropic is not in this native build of cairn (the Anthropic package needs run-time reflection): "
                + "use the dotnet tool or a ReadyToRun release (README, Install), or another provider");
        }

        var http = ResilientHttp.Create(settings, transport, retryDelay);

        // The switch is tested again here, at the call, so that a native publish (switch off) sees the call as dead and leaves the package out.
        var client = provider == LlmProvider.Anthropic && LlmProviders.AnthropicIncluded
            ? AnthropicClient(endpoint, key!, model, http)
            : OpenAIClient(endpoint, key, model, http);
        return new LlmConnection(client, provider, model, endpoint, http);
    }

    private static Uri Endpoint(string? configured, LlmProvider provider, string name)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return LlmProviders.DefaultEndpoint(provider)
                ?? throw new CairnUsageException($"llm.endpoint is missing in .cairn/config.yaml: {name} needs the server's URL (e.g. {(provider == LlmProvider.AzureOpenAI ? "https://NAME.openai.azure.com/openai/v1/" : "http://127.0.0.1:11434/v1")})");
        }

        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new CairnUsageException($"llm.endpoint '{configured}' is not an http:// or https:// URL");
        }

        return uri;
    }

    private static string? Key(string? variable, LlmProvider provider, string name, Func<string, string?> environment)
    {
        var named = string.IsNullOrWhiteSpace(variable) ? LlmProviders.DefaultKeyVariable(provider) : variable.Trim();
        if (named is null)
        {
            return null;
        }

        var key = environment(named);
        return string.IsNullOrWhiteSpace(key)
            ? throw new CairnUsageException($"the environment variable {named} is not set: {name} needs the API key there (llm.api_key_env names the variable)")
            : key.Trim();
    }

    private static IChatClient OpenAIClient(Uri endpoint, string? key, string model, HttpClient http)
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };

        // A local server (Ollama, LM Studio) wants no key, but the SDK insists on a credential: it is sent and ignored.
        return new OpenAIClient(new ApiKeyCredential(key ?? "none"), options).GetChatClient(model).AsIChatClient();
    }

    private static IChatClient AnthropicClient(Uri endpoint, string key, string model, HttpClient http) =>
        new AnthropicClient
        {
            ApiKey = key,
            BaseUrl = endpoint.ToString().TrimEnd('/'),
            HttpClient = http,
            MaxRetries = 0,
            Timeout = Timeout.InfiniteTimeSpan,
        }.AsIChatClient(model);
}
