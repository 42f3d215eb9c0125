using System.Text;

namespace Cairn.Sources;

/// <summary>
/// Bytes to text the way real exports arrive: UTF-8 with or without BOM, UTF-16 with BOM (Windows tools),
/// and Windows-1252 when the bytes are not valid UTF-8 (older Outlook and Notepad saves). Line ends become \n.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return NormalizeLineEnds(DecodeUtf8OrLegacy(bytes[3..]));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return NormalizeLineEnds(Encoding.Unicode.GetString(bytes[2..]));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return NormalizeLineEnds(Encoding.BigEndianUnicode.GetString(bytes[2..]));
        }

        return NormalizeLineEnds(DecodeUtf8OrLegacy(bytes));
    }

    /// <summary>True when the text is not something a person wrote: NULs or many control characters.</summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if (char.IsControl(c) && c is not '\n' and not '\t' and not '\f')
            {
                control++;
            }
        }

        return sample.Length > 0 && control * 20 > sample.Length;
    }

    public static string NormalizeLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static string DecodeUtf8OrLegacy(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.Value.GetString(bytes);
        }
    }
}
