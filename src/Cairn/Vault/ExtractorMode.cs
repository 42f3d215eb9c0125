namespace Cairn.Vault;

/// <summary>Which extractor <c>cairn ingest</c> uses unless told otherwise (config key <c>extractor</c>).</summary>
public enum ExtractorMode
{
    /// <summary>Heuristics on this machine: the default, no byte leaves it.</summary>
    Offline,

    /// <summary>The LLM configured under <c>llm:</c>.</summary>
    Llm,
}
