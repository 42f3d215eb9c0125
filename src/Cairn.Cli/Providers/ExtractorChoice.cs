using Cairn.Extraction;
using Cairn.Extraction.Llm;
using Cairn.Extraction.Offline;
using Cairn.Vault;

namespace Cairn.Cli.Providers;

/// <summary>
/// Which extractor a command runs: <c>--extractor</c> when the command line names one, else the config's
/// <c>extractor:</c>. For the LLM, the client is built and its endpoint probed before any source is read, and
/// the run's first line says where the text goes.
/// </summary>
internal static class ExtractorChoice
{
    public static bool IsLlm(string? option, CairnConfig config) =>
        option is null ? config.Extractor == ExtractorMode.Llm : option == "llm";

    /// <summary>The model's connection, checked and announced; a usage error (exit 2) when it cannot work.</summary>
    public static async Task<LlmConnection> ConnectAsync(CliContext context, CairnConfig config, CancellationToken token)
    {
        var connection = ChatClientFactory.Create(config.Llm, context.Variable);
        try
        {
            await EndpointProbe.CheckAsync(connection.Endpoint, EndpointProbe.DefaultWait, token).ConfigureAwait(false);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        context.Stderr.WriteLine(connection.Announcement);
        return connection;
    }

    public static IExtractor Llm(LlmConnection connection, LlmSettings settings, ILlmReplyCache? cache, bool refresh) =>
        new LlmExtractor(
            connection.Client,
            new LlmExtractorOptions(connection.ProviderName, connection.Model)
            {
                MaxParallel = settings.MaxParallel,
                ContextTokens = settings.ContextTokens,
                SchemaInPrompt = connection.Provider == LlmProvider.Anthropic,
                FailWithoutModel = settings.Fallback == LlmFallback.Fail,
                Refresh = refresh,
            },
            new HeuristicExtractor(),
            cache);
}
