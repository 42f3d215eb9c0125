using Cairn.Vault;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Cairn.Cli.Providers;

/// <summary>
/// The HTTP client every provider's SDK is given: Polly's retry (429, 5xx, timeouts, dropped connections; the
/// server's Retry-After honoured, otherwise exponential backoff with jitter) around a per-attempt timeout. The
/// SDKs' own retries are switched off so that this is the only loop.
/// </summary>
public static class ResilientHttp
{
    /// <summary>The longest wait between attempts, whatever a Retry-After asks for.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(60);

    public static HttpClient Create(LlmSettings settings, HttpMessageHandler? transport = null, TimeSpan? baseDelay = null)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (settings.Retries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = settings.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay ?? TimeSpan.FromSeconds(2),
                MaxDelay = MaxDelay,
                ShouldRetryAfterHeader = true,
            });
        }

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds) });
        var handler = new ResilienceHandler(builder.Build()) { InnerHandler = transport ?? new SocketsHttpHandler() };
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
