namespace Cairn.Extraction.Llm;

/// <summary>Replies already received, by <see cref="LlmExtractor"/>'s request key, so the same content is never sent twice.</summary>
public interface ILlmReplyCache
{
    string? Get(string key);

    void Put(string key, string reply);
}
