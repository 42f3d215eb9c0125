using Microsoft.Extensions.AI;

namespace Cairn.Cli.Providers;

/// <summary>
/// A configured model, ready to ask: the client (resilience included), and what to tell the user about where
/// the text goes. Disposing it releases the HTTP connections.
/// </summary>
public sealed class LlmConnection(IChatClient client, LlmProvider provider, string model, Uri endpoint, HttpClient http) : IDisposable
{
    public IChatClient Client { get; } = client;

    public LlmProvider Provider { get; } = provider;

    public string ProviderName => LlmProviders.Name(Provider);

    public string Model { get; } = model;

    public Uri Endpoint { get; } = endpoint;

    /// <summary>The line an LLM run starts with, so no one sends a transcript somewhere without seeing where.</summary>
    public string Announcement => $"llm: sending source text to {Endpoint} ({ProviderName}, model {Model})";

    public void Dispose()
    {
        Client.Dispose();
        http.Dispose();
    }
}
