using System.Security.Cryptography;

namespace Cairn.Sources;

/// <summary>
/// SHA-256 of bytes as lowercase hex: what identifies a source (a second ingest of the same bytes is skipped),
/// an indexed note's content, and a journaled write (undo notices a later edit). One function, because
/// idempotency depends on every stage computing the same value.
/// </summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
