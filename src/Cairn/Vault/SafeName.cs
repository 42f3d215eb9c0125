using System.Globalization;
using System.Text;

namespace Cairn.Vault;

/// <summary>
/// Turns any title or person name into a file name that works on Windows, macOS and Linux and that an Obsidian
/// link can target. The caller appends the extension; the cap leaves room for it under every file system's
/// 255-unit limit. The result is stable: applying it twice changes nothing.
/// </summary>
public static class SafeName
{
    public const int DefaultMaxBytes = 120;
    public const string Fallback = "Untitled";

    // File systems refuse / \ : * ? " < > |; Obsidian links break on # ^ [ ] |.
    private const string Forbidden = "/\\:*?\"<>|#^[]";

    public static string For(string? name, int maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 16);
        var text = Clean(JoinWords(ReplaceLoneSurrogates(name ?? string.Empty).Normalize(NormalizationForm.FormC)));
        text = Trim(text.Normalize(NormalizationForm.FormC));
        text = Trim(Truncate(text, maxBytes));
        text = AvoidReserved(text, maxBytes);
        return text.Length == 0 ? Fallback : text;
    }

    /// <summary>Windows reserves these device names, with or without an extension.</summary>
    public static bool IsReserved(string name)
    {
        var stem = name.Split('.')[0].TrimEnd(' ');
        if (stem.Length == 3)
        {
            return stem.Equals("CON", StringComparison.OrdinalIgnoreCase) || stem.Equals("PRN", StringComparison.OrdinalIgnoreCase)
                || stem.Equals("AUX", StringComparison.OrdinalIgnoreCase) || stem.Equals("NUL", StringComparison.OrdinalIgnoreCase);
        }

        return stem.Length == 4
            && (stem.StartsWith("COM", StringComparison.OrdinalIgnoreCase) || stem.StartsWith("LPT", StringComparison.OrdinalIgnoreCase))
            && "0123456789\u00b9\u00b2\u00b3".Contains(stem[3], StringComparison.Ordinal);
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in EnumerateRunesLenient(text))
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    private static IEnumerable<Rune> EnumerateRunesLenient(string text)
    {
        var index = 0;
        while (index < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed);
            // Unicode normalisation throws on noncharacters (U+FFFE, U+FDD0...), so they become U+FFFD too.
            yield return status == System.Buffers.OperationStatus.Done && !IsNoncharacter(rune) ? rune : Rune.ReplacementChar;
            index += Math.Max(consumed, 1);
        }
    }

    private static bool IsNoncharacter(Rune rune) =>
        rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;

    /// <summary>
    /// A colon between two letters or digits ("1:1", "10:30") joins what it separates: a hyphen keeps the
    /// name readable where a space would not ("1 1 with Marcus"). Slashes still split: "Acme/Corp" is two words.
    /// </summary>
    private static string JoinWords(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 1; i < chars.Length - 1; i++)
        {
            if (chars[i] == ':' && char.IsLetterOrDigit(chars[i - 1]) && char.IsLetterOrDigit(chars[i + 1]))
            {
                chars[i] = '-';
            }
        }

        return new string(chars);
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value < 0x80 && Forbidden.Contains((char)rune.Value, StringComparison.Ordinal))
            {
                builder.Append(' ');
            }
            else if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                builder.Append(' ');
            }
            else if (IsInvisibleFormat(rune))
            {
                // Bidi overrides and other invisible format characters let a name pose as another; drop them.
            }
            else if (rune.Value == '%' && builder.Length > 0 && builder[^1] == '%')
            {
                // "%%" opens an Obsidian comment.
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return CollapseSpaces(builder.ToString());
    }

    // Zero-width joiners stay: emoji sequences and some scripts need them.
    private static bool IsInvisibleFormat(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format && rune.Value is not (0x200C or 0x200D);

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c != ' ' || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Trim(string text) => text.TrimStart(' ', '.').TrimEnd(' ', '.');

    /// <summary>Cuts at a text-element boundary so no surrogate pair, combining mark or emoji sequence is split.</summary>
    private static string Truncate(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var builder = new StringBuilder();
        var bytes = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            if (bytes + size > maxBytes)
            {
                // One huge element (a letter under dozens of marks) would otherwise leave nothing: cut by rune.
                if (builder.Length == 0)
                {
                    AppendRunes(builder, element, maxBytes);
                }

                break;
            }

            builder.Append(element);
            bytes += size;
        }

        return builder.ToString();
    }

    private static void AppendRunes(StringBuilder builder, string element, int maxBytes)
    {
        var bytes = 0;
        foreach (var rune in element.EnumerateRunes())
        {
            bytes += rune.Utf8SequenceLength;
            if (bytes > maxBytes)
            {
                return;
            }

            builder.Append(rune.ToString());
        }
    }

    private static string AvoidReserved(string text, int maxBytes)
    {
        if (!IsReserved(text))
        {
            return text;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var stem = dot < 0 ? text : text[..dot];
        var rest = dot < 0 ? string.Empty : text[dot..];
        return Trim(Truncate(stem.TrimEnd(' ') + "_" + rest, maxBytes));
    }
}
