using System.Text.RegularExpressions;

namespace Cairn.Notes;

/// <summary>
/// An Obsidian wikilink: <c>[[Target]]</c>, <c>[[Target|Alias]]</c>, <c>[[Target#Heading]]</c>,
/// <c>[[Target#^block]]</c>, <c>[[#Heading]]</c> (same note) or an embed <c>![[...]]</c>.
/// </summary>
public sealed partial record Wikilink(string Original, string Target, string? Heading, string? Block, string? Alias, bool IsEmbed, int Line)
{
    /// <summary>What Obsidian calls the link: everything before the first <c>|</c>.</summary>
    public string Link => SplitAlias(IsEmbed ? Original[3..^2] : Original[2..^2]).Link;

    /// <summary>The text Obsidian shows: the alias, else the target and headings joined by " > ".</summary>
    public string DisplayText => Alias ?? string.Join(" > ", Link.Split('#').Where(p => p.Length > 0));

    /// <summary>Every wikilink in one line of text (line numbers are <paramref name="line"/>).</summary>
    public static IReadOnlyList<Wikilink> FindAll(string text, int line = 0)
    {
        if (!text.Contains("[[", StringComparison.Ordinal))
        {
            return [];
        }

        var links = new List<Wikilink>();
        foreach (Match m in LinkRegex().Matches(text))
        {
            if (m.Index > 0 && text[m.Index - 1] == '\\')
            {
                continue;
            }

            links.Add(FromMatch(m, line));
        }

        return links;
    }

    /// <summary><c>[[target]]</c> or <c>[[target|alias]]</c>; an alias equal to the target is dropped.</summary>
    public static string Format(string target, string? alias = null) =>
        string.IsNullOrEmpty(alias) || alias == target ? $"[[{target}]]" : $"[[{target}|{alias}]]";

    internal static Wikilink FromMatch(Match m, int line)
    {
        var inner = m.Groups[2].Value;
        var (link, alias) = SplitAlias(inner);
        var hash = link.IndexOf('#');
        var target = hash < 0 ? link : link[..hash];
        string? heading = null;
        string? block = null;
        if (hash >= 0)
        {
            var fragment = link[(hash + 1)..];
            if (fragment.StartsWith('^'))
            {
                block = fragment[1..];
            }
            else
            {
                heading = fragment;
            }
        }

        return new Wikilink(m.Value, target.Trim(), heading, block, alias, m.Groups[1].Length == 1, line);
    }

    /// <summary>The first <c>|</c> after the first character separates the alias; Obsidian keeps a leading one in the link.</summary>
    private static (string Link, string? Alias) SplitAlias(string inner)
    {
        var pipe = inner.Length > 1 ? inner.IndexOf('|', 1) : -1;
        return pipe < 0 ? (inner, null) : (inner[..pipe], inner[(pipe + 1)..]);
    }

    [GeneratedRegex(@"(!?)\[\[([^\[\]\r\n]+?)\]\]", RegexOptions.CultureInvariant)]
    internal static partial Regex LinkRegex();
}
