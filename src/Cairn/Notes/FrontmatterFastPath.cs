using YamlDotNet.RepresentationModel;

namespace Cairn.Notes;

/// <summary>
/// Reads one frontmatter key's value without YamlDotNet when it has one of the simple shapes Cairn and Obsidian
/// write: a one-line scalar (plain, 'single' or "double" quoted without escapes), a one-line flow list
/// <c>["a", 'b', c]</c>, or a block list of such scalars (<c>- item</c> lines at one indentation). The result is
/// exactly YamlDotNet's for those shapes (property-tested against it); anything else (escapes, anchors, tags,
/// comments, multi-line or nested values, characters YAML rejects) answers null so the caller asks YamlDotNet.
/// Loading a note's YAML costs more than parsing the rest of the note, and the index reads every note.
/// </summary>
internal static class FrontmatterFastPath
{
    /// <summary>The value node of <paramref name="entry"/>, or null when the entry is not one of the simple shapes.</summary>
    public static YamlNode? TryRead(FrontmatterEntry entry)
    {
        var raw = entry.RawText;
        if (raw.Length == 0 || raw[0] is '"' or '\'')
        {
            return null;
        }

        var newline = raw.IndexOf('\n');
        var first = newline < 0 ? raw : raw.AsSpan(0, newline);
        var colon = KeyEnd(first, entry.Key);
        if (colon < 0)
        {
            return null;
        }

        var inline = first[(colon + 1)..].Trim(' ');
        if (newline < 0)
        {
            return inline.Length > 0 && inline[0] == '[' ? FlowList(inline) : Scalar(inline, flow: false);
        }

        return inline.Length == 0 ? BlockList(raw.AsSpan(newline + 1)) : null;
    }

    /// <summary>Index of the key's colon when the line is <c>key:</c> or <c>key :</c> with a plain key, else -1.</summary>
    private static int KeyEnd(ReadOnlySpan<char> line, string key)
    {
        if (!line.StartsWith(key, StringComparison.Ordinal) || !IsPlain(key, flow: false))
        {
            return -1;
        }

        var i = key.Length;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i < line.Length && line[i] == ':' && (i + 1 == line.Length || line[i + 1] == ' ') ? i : -1;
    }

    private static YamlNode? Scalar(ReadOnlySpan<char> text, bool flow)
    {
        if (text.Length == 0)
        {
            // "key:" with nothing after: YamlDotNet's empty plain scalar.
            return flow ? null : new YamlScalarNode(string.Empty);
        }

        return text[0] switch
        {
            '"' => Quoted(text, '"'),
            '\'' => Quoted(text, '\''),
            _ => IsPlain(text, flow) ? new YamlScalarNode(text.ToString()) : null,
        };
    }

    /// <summary>A quoted scalar filling the whole text: "..." with no backslash, or '...' with '' for a quote.</summary>
    private static YamlScalarNode? Quoted(ReadOnlySpan<char> text, char quote)
    {
        if (text.Length < 2 || text[^1] != quote)
        {
            return null;
        }

        var inner = text[1..^1];
        if (!AllPrintable(inner) || (quote == '"' && (inner.Contains('"') || inner.Contains('\\'))))
        {
            return null;
        }

        if (quote == '\'' && inner.Contains('\''))
        {
            return OnlyDoubledQuotes(inner) ? new YamlScalarNode(inner.ToString().Replace("''", "'", StringComparison.Ordinal)) : null;
        }

        return new YamlScalarNode(inner.ToString());
    }

    /// <summary>True when every <c>'</c> in a single-quoted scalar's text is half of a <c>''</c> pair, read left to right.</summary>
    private static bool OnlyDoubledQuotes(ReadOnlySpan<char> inner)
    {
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\'')
            {
                continue;
            }

            if (i + 1 >= inner.Length || inner[i + 1] != '\'')
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary><c>[a, "b", 'c']</c> on one line; no nesting, no empty or trailing items.</summary>
    private static YamlSequenceNode? FlowList(ReadOnlySpan<char> text)
    {
        if (text[^1] != ']')
        {
            return null;
        }

        var items = new List<YamlNode>();
        var body = text[1..^1];
        var i = 0;
        while (i < body.Length)
        {
            while (i < body.Length && body[i] == ' ')
            {
                i++;
            }

            if (i == body.Length)
            {
                return items.Count == 0 ? new YamlSequenceNode(items) : null;
            }

            var end = ItemEnd(body, i);
            if (end < 0 || Scalar(body[i..end].TrimEnd(' '), flow: true) is not { } item)
            {
                return null;
            }

            items.Add(item);
            i = end;
            if (i < body.Length)
            {
                // At a comma: the next item must follow.
                i++;
                if (body[i..].Trim(' ').Length == 0)
                {
                    return null;
                }
            }
        }

        return new YamlSequenceNode(items);
    }

    /// <summary>Where the flow item starting at <paramref name="start"/> ends (its comma or the end), or -1.</summary>
    private static int ItemEnd(ReadOnlySpan<char> body, int start)
    {
        if (body[start] is '"' or '\'')
        {
            var quote = body[start];
            var i = start + 1;
            while (i < body.Length)
            {
                if (body[i] == quote && quote == '\'' && i + 1 < body.Length && body[i + 1] == '\'')
                {
                    i += 2;
                    continue;
                }

                if (body[i] == quote)
                {
                    break;
                }

                i++;
            }

            var after = i + 1;
            while (after < body.Length && body[after] == ' ')
            {
                after++;
            }

            return i < body.Length && (after == body.Length || body[after] == ',') ? after : -1;
        }

        var comma = body[start..].IndexOf(',');
        return comma < 0 ? body.Length : start + comma;
    }

    /// <summary>Lines <c>- item</c>, all at the same indentation (spaces only), each item a one-line scalar.</summary>
    private static YamlSequenceNode? BlockList(ReadOnlySpan<char> lines)
    {
        var items = new List<YamlNode>();
        var indent = -1;
        foreach (var range in lines.Split('\n'))
        {
            var line = lines[range];
            var spaces = 0;
            while (spaces < line.Length && line[spaces] == ' ')
            {
                spaces++;
            }

            if (indent >= 0 && spaces != indent)
            {
                return null;
            }

            indent = spaces;
            if (line.Length < spaces + 3 || line[spaces] != '-' || line[spaces + 1] != ' ')
            {
                return null;
            }

            var text = line[(spaces + 2)..].Trim(' ');
            if (text.Length == 0 || text[0] == '[' || Scalar(text, flow: false) is not { } item)
            {
                return null;
            }

            items.Add(item);
        }

        return new YamlSequenceNode(items);
    }

    /// <summary>
    /// A plain scalar YAML reads as its own text: no leading indicator, no ": " or " #", no trailing colon, and in
    /// a flow list none of the flow indicators.
    /// </summary>
    private static bool IsPlain(ReadOnlySpan<char> text, bool flow)
    {
        if (text.Length == 0 || "-?:,[]{}#&*!|>'\"%@`.~ ".Contains(text[0]) || text[^1] is ':' or ' ' || !AllPrintable(text))
        {
            return false;
        }

        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal))
        {
            return false;
        }

        return !flow || text.IndexOfAny("[]{},:#\"'") < 0;
    }

    /// <summary>Only characters YAML takes literally on one line: no controls, tabs, YAML line breaks, BOM or lone surrogates.</summary>
    private static bool AllPrintable(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' || (c >= '\u007F' && c <= '\u00A0') || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
