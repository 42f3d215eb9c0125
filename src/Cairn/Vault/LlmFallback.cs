namespace Cairn.Vault;

/// <summary>What happens to a source the model could not extract (no valid reply after the retry, or no reply at all).</summary>
public enum LlmFallback
{
    /// <summary>The offline extractor does it, and the note says so (<c>extractor: offline</c>).</summary>
    Offline,

    /// <summary>The source fails: it goes to <c>_failed/</c> with the reason, like an unreadable file.</summary>
    Fail,
}
