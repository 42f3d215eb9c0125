namespace Cairn.Cli.Providers;

/// <summary>The providers <c>llm.provider</c> may name; every one is reached through the same IChatClient path.</summary>
public enum LlmProvider
{
    /// <summary><c>openai</c>: api.openai.com unless an endpoint is given.</summary>
    OpenAI,

    /// <summary><c>azure-openai</c>: the resource's v1 endpoint (<c>https://NAME.openai.azure.com/openai/v1/</c>); the model is the deployment.</summary>
    AzureOpenAI,

    /// <summary><c>anthropic</c>: through the official Anthropic package.</summary>
    Anthropic,

    /// <summary><c>openai-compatible</c>: Ollama, LM Studio, vLLM, llama.cpp server; a key only when the server wants one.</summary>
    OpenAICompatible,
}
