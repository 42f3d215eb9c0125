namespace Cairn.Extraction;

/// <summary>
/// What made an extract and what it cost: <c>offline</c>, or <c>llm</c> with the model, the tokens sent and
/// received (zero when the reply came from the cache), and how many items grounding dropped.
/// </summary>
public sealed record ExtractionOrigin(string Extractor, string? Model = null, long TokensIn = 0, long TokensOut = 0, int Dropped = 0, bool Cached = false, string? FallbackReason = null)
{
    public static ExtractionOrigin Offline { get; } = new("offline");
}
