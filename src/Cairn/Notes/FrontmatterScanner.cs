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
    public static List<FrontmatterEntry> Scan(IReadOnlyList<string> lines, int first, int end)
    {
        var entries = new List<FrontmatterEntry>();
        string? key = null;
        var start = -1;
        var last = -1;
        for (var i = first; i < end; i++)
        {
            var text = lines[i];
            var m = text.Length > 0 && !char.IsWhiteSpace(text[0]) ? KeyRegex().Match(text) : Match.Empty;
            if (m.Success)
            {
                Flush();
                key = m.Groups["q"].Success ? m.Groups["q"].Value : m.Groups["s"].Success ? m.Groups["s"].Value : m.Groups["k"].Value.TrimEnd();
                start = last = i;
            }
            else if (key is not null && IsContinuation(text))
            {
                last = i;
            }
            else if (key is not null && text.Length > 0 && !text.TrimStart().StartsWith('#'))
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
                var raw = string.Join('\n', Enumerable.Range(start, last - start + 1).Select(j => lines[j]));
                entries.Add(new FrontmatterEntry(key, start + 1, last - start + 1, raw));
            }

            key = null;
        }
    }

    /// <summary>Where the value starts on a key line (after the colon), or -1.</summary>
    public static int ValueStart(string keyLine)
    {
        var m = KeyRegex().Match(keyLine);
        return m.Success ? m.Index + m.Length : -1;
    }

    /// <summary>Indented lines (even ones that look like comments: they may sit in a block scalar) and <c>- item</c> lines.</summary>
    private static bool IsContinuation(string text)
    {
        if (text.Trim().Length == 0)
        {
            return false;
        }

        return char.IsWhiteSpace(text[0]) || text.StartsWith('-');
    }

    [GeneratedRegex(@"^(?:""(?<q>(?:[^""\\]|\\.)*)""|'(?<s>(?:[^']|'')*)'|(?<k>[^\s#'""\-?:,\[\]{}&*!|>%@`][^:]*?|-[^\s:][^:]*?))[ \t]*:(?=[ \t]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex KeyRegex();
}
