using System.Text.RegularExpressions;

namespace Cairn.Notes;

/// <summary>
/// An Obsidian wikilink: <c>[[Target]]</c>, <c>[[Target|Alias]]</c>, <c>[[Target#Heading]]</c>,
/// <c>[[Target#^block]]</c>, <c>[[#Heading]]</c> (same note) or an embed <c>![[...]]</c>.
/// </summary>
public sealed partial record Wikilink(string Original, string Target, string? Heading, string? Block, string? Alias, bool IsEmbed, int Line)
{
    /// <summary>What Obsidian calls the link: everything before the first <c>|</c>.</summary>
    public string Link
    {
        get
        {
            var inner = Original.AsSpan()[(IsEmbed ? 3 : 2)..^2];
            var pipe = AliasPipe(inner);
            return (pipe < 0 ? inner : inner[..pipe]).ToString();
        }
    }

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
        AddAll(text, line, links);
        return links;
    }

    /// <summary>
    /// <c>[[target]]</c> or <c>[[target|alias]]</c>; an alias equal to the target is dropped. The one writer of a
    /// wikilink: the renderers (through Synthesis' MarkdownText.Link, which makes the alias plain text first) and the
    /// line edits call it.
    /// </summary>
    public static string Format(string target, string? alias = null) =>
        string.IsNullOrEmpty(alias) || alias == target ? $"[[{target}]]" : $"[[{target}|{alias}]]";

    /// <summary>
    /// The last segment of a link target or a path, without <c>.md</c>, lower-cased: how Obsidian names a note in a
    /// link, so <c>[[People/Lena Park]]</c>, <c>[[lena park]]</c> and <c>People/Lena Park.md</c> are one key.
    /// </summary>
    public static string Key(string targetOrPath)
    {
        var t = targetOrPath.Trim();
        var slash = t.LastIndexOf('/');
        if (slash >= 0)
        {
            t = t[(slash + 1)..];
        }

        if (t.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            t = t[..^3];
        }

        return t.ToLowerInvariant();
    }

    /// <summary>Adds every wikilink in one line of text (a <c>\</c> before it escapes it) and tells how many it added.</summary>
    internal static int AddAll(ReadOnlySpan<char> text, int line, List<Wikilink> links)
    {
        var added = 0;
        foreach (var m in LinkRegex().EnumerateMatches(text))
        {
            if (m.Index > 0 && text[m.Index - 1] == '\\')
            {
                continue;
            }

            links.Add(FromMatch(text.Slice(m.Index, m.Length), line));
            added++;
        }

        return added;
    }

    /// <summary>
    /// A link from the text <see cref="LinkRegex"/> matched: <c>!?[[inner]]</c>, so the embed mark and the inner
    /// text are read from its shape, and only the parts the link keeps become strings.
    /// </summary>
    private static Wikilink FromMatch(ReadOnlySpan<char> match, int line)
    {
        var isEmbed = match[0] == '!';
        var inner = match[(isEmbed ? 3 : 2)..^2];
        var pipe = AliasPipe(inner);
        var link = pipe < 0 ? inner : inner[..pipe];
        var alias = pipe < 0 ? null : inner[(pipe + 1)..].ToString();
        var hash = link.IndexOf('#');
        var target = hash < 0 ? link : link[..hash];
        string? heading = null;
        string? block = null;
        if (hash >= 0)
        {
            var fragment = link[(hash + 1)..];
            if (fragment.StartsWith('^'))
            {
                block = fragment[1..].ToString();
            }
            else
            {
                heading = fragment.ToString();
            }
        }

        return new Wikilink(match.ToString(), target.Trim().ToString(), heading, block, alias, isEmbed, line);
    }

    /// <summary>Where the alias's <c>|</c> is: the first one after the first character (Obsidian keeps a leading one in the link), or -1.</summary>
    private static int AliasPipe(ReadOnlySpan<char> inner)
    {
        var pipe = inner.Length > 1 ? inner[1..].IndexOf('|') : -1;
        return pipe < 0 ? -1 : pipe + 1;
    }

    [GeneratedRegex(@"(!?)\[\[([^\[\]\r\n]+?)\]\]", RegexOptions.CultureInvariant)]
    internal static partial Regex LinkRegex();
}
