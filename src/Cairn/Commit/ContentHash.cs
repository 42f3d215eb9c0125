using System.Security.Cryptography;

namespace Cairn.Commit;

/// <summary>SHA-256 of bytes as lowercase hex: how sources are recognised and how undo notices later edits.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
