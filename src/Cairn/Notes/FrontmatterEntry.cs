namespace Cairn.Notes;

/// <summary>
/// One top-level key of a note's frontmatter: its first 1-based line, how many lines its value spans,
/// and the raw text of those lines (joined with "\n").
/// </summary>
public sealed record FrontmatterEntry(string Key, int Line, int LineCount, string RawText)
{
    /// <summary>The text after <c>key:</c> on the key's own line, trimmed.</summary>
    public string InlineValue
    {
        get
        {
            var firstLine = RawText.Split('\n')[0];
            var colon = FrontmatterScanner.ValueStart(firstLine);
            return colon < 0 ? string.Empty : firstLine[colon..].Trim();
        }
    }
}
