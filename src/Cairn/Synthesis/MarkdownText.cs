using System.Text;
using System.Text.RegularExpressions;
using Cairn.Notes;

namespace Cairn.Synthesis;

/// <summary>
/// Makes extracted text safe to place in a note body: one line, and unable to open a heading, list, fence,
/// frontmatter, comment or link that the renderer did not mean to write.
/// </summary>
internal static partial class MarkdownText
{
    public static string Inline(string? text)
    {
        var line = YamlText.OneLine(text);
        line = line.Replace("%%", "%\u200B%", StringComparison.Ordinal)
            .Replace("<!--", "<\u200B!--", StringComparison.Ordinal)
            .Replace("[[", "\\[\\[", StringComparison.Ordinal)
            .Replace("]]", "\\]\\]", StringComparison.Ordinal);
        line = TrailingBlockId().Replace(line, "\\^$1");
        return EscapeStart(line);
    }

    /// <summary>A name as plain text inside a line (attendees, owners): no link, tag or field syntax.</summary>
    public static string Name(string? name)
    {
        var builder = new StringBuilder();
        foreach (var c in YamlText.OneLine(name))
        {
            builder.Append(c is '[' or ']' or '|' or '#' or '^' or '%' or '`' ? ' ' : c);
        }

        return YamlText.OneLine(builder.ToString());
    }

    /// <summary>A wikilink to a note whose file stem is <paramref name="target"/>, showing <paramref name="display"/> when it differs.</summary>
    public static string Link(string target, string? display = null) => Wikilink.Format(target, display is null ? null : Name(display));

    private static string EscapeStart(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var ordered = OrderedMarker().Match(line);
        if (ordered.Success)
        {
            return line.Insert(ordered.Length - 1, "\\");
        }

        return "#-+*>=|<`~_[!:".Contains(line[0], StringComparison.Ordinal) ? "\\" + line : line;
    }

    [GeneratedRegex(@"^\d{1,9}[.)]")]
    private static partial Regex OrderedMarker();

    [GeneratedRegex(@"\^([A-Za-z0-9-]+)$")]
    private static partial Regex TrailingBlockId();
}
