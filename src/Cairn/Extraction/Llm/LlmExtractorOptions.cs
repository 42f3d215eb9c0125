namespace Cairn.Extraction.Llm;

/// <summary>How <see cref="LlmExtractor"/> asks: the provider and model (for the cache key and the note), limits, and what to do on failure.</summary>
public sealed record LlmExtractorOptions(string Provider, string Model)
{
    /// <summary>Requests in flight at once, across sources and parts.</summary>
    public int MaxParallel { get; init; } = 2;

    /// <summary>Tokens one request may hold: instruction, schema, names, a part of the source, and room for the reply.</summary>
    public int ContextTokens { get; init; } = 16_000;

    /// <summary>Tokens kept free for the reply when a source is split.</summary>
    public int ReplyTokens { get; init; } = 3_000;

    /// <summary>True where the provider takes no response_format: the schema goes in the instruction instead.</summary>
    public bool SchemaInPrompt { get; init; }

    /// <summary>True: a source the model cannot do fails; false: the offline extractor does it.</summary>
    public bool FailWithoutModel { get; init; }

    /// <summary>Ask again even when the cache has a reply (<c>ingest --refresh-llm</c>); the new reply replaces it.</summary>
    public bool Refresh { get; init; }
}
