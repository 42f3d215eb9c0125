namespace Cairn.Sources;

/// <summary>Limits a reader applies before it trusts a file.</summary>
public sealed record ReaderOptions
{
    // The one default size limit: config.yaml's reader.max_size_mb falls back to it, and `extract` outside a vault uses it.
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    public static ReaderOptions Default { get; } = new();

    /// <summary>Files larger than this are refused before they are read (transcripts are far smaller).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
