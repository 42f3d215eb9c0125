using System.Buffers;

namespace Cairn.Notes;

/// <summary>Finds headings, tasks, wikilinks and inline tags in the lines Obsidian indexes.</summary>
internal static class NoteContentScanner
{
    public sealed record Content(List<Heading> Headings, List<TaskLine> Tasks, List<Wikilink> Links, List<InlineTag> Tags);

    public static Content Scan(string[] lines, LineKind[] kinds, TaskParseOptions options)
    {
        var content = new Content([], [], [], []);
        char[]? scratch = null;
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
                else if (TaskLineParser.TryParse(text, options, number, out var task))
                {
                    content.Tasks.Add(task);
                }
            }

            ScanInline(text, number, content, ref scratch);
        }

        if (scratch is not null)
        {
            ArrayPool<char>.Shared.Return(scratch);
        }

        return content;
    }

    /// <summary>
    /// Links, then tags, in what Obsidian indexes of the line: code spans and comments are blanked first, and
    /// links before tags (a <c>#</c> inside a link is no tag). The blanked copies go to <paramref name="scratch"/>,
    /// one buffer for the whole note; a line without code, comments or links is read as it is.
    /// </summary>
    private static void ScanInline(string text, int number, Content content, ref char[]? scratch)
    {
        var hasLink = text.Contains("[[", StringComparison.Ordinal);
        var hasTag = text.Contains('#');
        if (!hasLink && !hasTag)
        {
            return;
        }

        ReadOnlySpan<char> visible = text;
        if (InlineMask.HasCodeOrComments(text))
        {
            var masked = Scratch(ref scratch, text.Length).AsSpan(0, text.Length);
            text.CopyTo(masked);
            InlineMask.HideCodeAndComments(masked);
            visible = masked;
        }

        if (hasLink && Wikilink.AddAll(visible, number, content.Links) > 0 && hasTag)
        {
            var unlinked = Scratch(ref scratch, text.Length).AsSpan(text.Length, text.Length);
            InlineMask.Hide(visible, unlinked, Wikilink.LinkRegex());
            visible = unlinked;
        }

        if (hasTag)
        {
            InlineTags.Find(visible, number, content.Tags);
        }
    }

    /// <summary>
    /// The note's scratch buffer, room for two copies of a line of <paramref name="length"/> (blanked, then unlinked).
    /// Both calls for one line ask for the same room, so the second never replaces the buffer the first copy is in.
    /// </summary>
    private static char[] Scratch(ref char[]? scratch, int length)
    {
        if (scratch is null || scratch.Length < 2 * length)
        {
            if (scratch is not null)
            {
                ArrayPool<char>.Shared.Return(scratch);
            }

            scratch = ArrayPool<char>.Shared.Rent(2 * length);
        }

        return scratch;
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

        var title = text.AsSpan(after).Trim();
        var closing = title.TrimEnd('#');
        if (closing.Length == 0 || closing.EndsWith(' ') || closing.EndsWith('\t'))
        {
            title = closing.TrimEnd();
        }

        return new Heading(title.ToString(), level, number);
    }
}
