using System.Text.RegularExpressions;

namespace Cairn.Notes;

/// <summary>
/// Finds the top-level keys in frontmatter lines without interpreting YAML: a key line starts at column 0;
/// indented lines and <c>- item</c> lines belong to the key above; comments and blank lines between keys
/// belong to none, so rewriting one key never touches them.
/// </summary>
internal static partial class FrontmatterScanner
{
    /// <param name="lines">All lines of the note.</param>
    /// <param name="first">Index of the first line after the opening fence.</param>
    /// <param name="end">Index of the closing fence (exclusive bound).</param>
    public static List<FrontmatterEntry> Scan(string[] lines, int first, int end)
    {
        var entries = new List<FrontmatterEntry>();
        string? key = null;
        var start = -1;
        var last = -1;
        for (var i = first; i < end; i++)
        {
            var text = lines[i];
            var length = text.Length > 0 && !char.IsWhiteSpace(text[0]) ? KeyLength(text) : 0;
            if (length > 0)
            {
                Flush();
                key = KeyText(text, length);
                start = last = i;
            }
            else if (key is not null && IsContinuation(text))
            {
                last = i;
            }
            else if (key is not null && text.Length > 0 && !text.AsSpan().TrimStart().StartsWith('#'))
            {
                // Junk at column 0 (not a key, not a comment) still belongs to the key above: YAML will reject it there.
                last = i;
            }
        }

        Flush();
        return entries;

        void Flush()
        {
            if (key is not null)
            {
                var raw = string.Join('\n', lines, start, last - start + 1);
                entries.Add(new FrontmatterEntry(key, start + 1, last - start + 1, raw));
            }

            key = null;
        }
    }

    /// <summary>Where the value starts on a key line (after the colon), or -1.</summary>
    public static int ValueStart(string keyLine)
    {
        var length = KeyLength(keyLine);
        return length > 0 ? length : -1;
    }

    /// <summary>The length of the key line's match (the key and its colon; the regex is anchored at the start), or 0 when it is no key line.</summary>
    private static int KeyLength(ReadOnlySpan<char> line)
    {
        foreach (var m in KeyRegex().EnumerateMatches(line))
        {
            return m.Length;
        }

        return 0;
    }

    /// <summary>
    /// The key named by a match of <paramref name="length"/> characters, read from its shape rather than from regex groups
    /// (which allocate): a quoted key is what lies between its quotes, a plain one loses its trailing blanks.
    /// </summary>
    private static string KeyText(string line, int length)
    {
        var key = line.AsSpan(0, length - 1);
        return line[0] is '"' or '\'' ? key.TrimEnd(" \t")[1..^1].ToString() : key.TrimEnd().ToString();
    }

    /// <summary>Indented lines (even ones that look like comments: they may sit in a block scalar) and <c>- item</c> lines.</summary>
    private static bool IsContinuation(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        return char.IsWhiteSpace(text[0]) || text.StartsWith('-');
    }

    [GeneratedRegex(@"^(?:""(?<q>(?:[^""\\]|\\.)*)""|'(?<s>(?:[^']|'')*)'|(?<k>[^\s#'""\-?:,\[\]{}&*!|>%@`][^:]*?|-[^\s:][^:]*?))[ \t]*:(?=[ \t]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex KeyRegex();
}
