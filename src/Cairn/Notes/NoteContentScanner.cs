namespace Cairn.Notes;

/// <summary>Finds headings, tasks, wikilinks and inline tags in the lines Obsidian indexes.</summary>
internal static class NoteContentScanner
{
    public sealed record Content(List<Heading> Headings, List<TaskLine> Tasks, List<Wikilink> Links, List<InlineTag> Tags);

    public static Content Scan(string[] lines, LineKind[] kinds, TaskParseOptions options)
    {
        var content = new Content([], [], [], []);
        for (var i = 0; i < lines.Length; i++)
        {
            var kind = kinds[i];
            if (kind is not (LineKind.Text or LineKind.PercentComment))
            {
                continue;
            }

            var text = lines[i];
            var number = i + 1;
            if (kind == LineKind.Text)
            {
                if (TryHeading(text, number) is { } heading)
                {
                    content.Headings.Add(heading);
                }
                else if (TaskLine.TryParse(text, options, out var task))
                {
                    content.Tasks.Add(task with { Line = number });
                }
            }

            ScanInline(text, number, content);
        }

        return content;
    }

    private static void ScanInline(string text, int number, Content content)
    {
        var hasLink = text.Contains("[[", StringComparison.Ordinal);
        var hasTag = text.Contains('#');
        if (!hasLink && !hasTag)
        {
            return;
        }

        var visible = InlineMask.HideCodeAndComments(text);
        if (hasLink)
        {
            var links = Wikilink.FindAll(visible, number);
            if (links.Count > 0)
            {
                content.Links.AddRange(links);
                visible = InlineMask.Hide(visible, Wikilink.LinkRegex());
            }
        }

        if (hasTag)
        {
            content.Tags.AddRange(InlineTags.Find(visible, number));
        }
    }

    private static Heading? TryHeading(string text, int number)
    {
        var indent = 0;
        while (indent < text.Length && indent < 4 && text[indent] == ' ')
        {
            indent++;
        }

        if (indent > 3 || indent >= text.Length || text[indent] != '#')
        {
            return null;
        }

        var level = 0;
        while (indent + level < text.Length && text[indent + level] == '#')
        {
            level++;
        }

        var after = indent + level;
        if (level > 6 || (after < text.Length && text[after] != ' ' && text[after] != '\t'))
        {
            return null;
        }

        var title = text[after..].Trim();
        var closing = title.TrimEnd('#');
        if (closing.Length == 0 || closing.EndsWith(' ') || closing.EndsWith('\t'))
        {
            title = closing.TrimEnd();
        }

        return new Heading(title, level, number);
    }
}
