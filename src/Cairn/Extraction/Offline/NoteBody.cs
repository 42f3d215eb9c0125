using System.Text.RegularExpressions;
using Cairn.Sources;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Written text (Obsidian-style Markdown or plain notes, an email's own text) → blocks: each list item its own block, prose lines joined
/// into paragraphs. A heading is structure, never a sentence; it only says whether the items below it are action
/// items ("## Action items", "Next steps:").
/// </summary>
internal static partial class NoteBody
{
    /// <summary>The blocks of a written source: an email's own text (said by its sender), else the notes' body.</summary>
    public static IEnumerable<NoteBlock> Of(SourceDocument document) =>
        Blocks(document.Email is { } email ? EmailBody.OwnText(email.NewText) : document.Body ?? string.Empty);

    public static IEnumerable<NoteBlock> Blocks(string body)
    {
        var current = new List<string>();
        var mark = ListMark.None;
        var underAction = false;
        foreach (var raw in body.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            var item = Item().Match(line);
            var heading = Heading().Match(line);
            if (line.Length == 0 || item.Success || heading.Success || (mark != ListMark.None && !char.IsWhiteSpace(raw.FirstOrDefault())))
            {
                if (current.Count > 0)
                {
                    yield return new NoteBlock(string.Join(' ', current), mark, underAction);
                    current.Clear();
                }

                mark = ListMark.None;
            }

            if (heading.Success)
            {
                underAction = ActionHeading().IsMatch(heading.Groups["text"].Value);
                continue;
            }

            if (item.Success)
            {
                mark = item.Groups["box"].Success ? (item.Groups["box"].Value == " " ? ListMark.OpenBox : ListMark.DoneBox) : ListMark.Bullet;
                line = line[item.Length..];
            }

            if (line.Length > 0)
            {
                // Bold is formatting, not words: "**Decision: the beta ships in May.**" is read as "Decision: the beta ships in May.".
                current.Add(Bold().Replace(line, "${text}"));
            }
        }

        if (current.Count > 0)
        {
            yield return new NoteBlock(string.Join(' ', current), mark, underAction);
        }
    }

    // "- ", "* ", "+ ", "1. ", "2) ", each optionally followed by a checkbox "[ ]", "[x]", "[/]".
    [GeneratedRegex(@"^(?:[-*+•]|\d{1,3}[.)])\s+(?:\[(?<box>.)\]\s*)?")]
    private static partial Regex Item();

    // "# Title", "## Action items", and a line that is only a label in bold or with a colon ("**Next steps**", "Action items:").
    [GeneratedRegex(@"^(?:#{1,6}\s+(?<text>.+?)\s*#*|\*\*(?<text>[^*]{1,60})\*\*:?|(?<text>\p{Lu}[\w&/-]*(?: [\w&/-]+){0,3}):)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\*\*(?<text>[^*]+)\*\*|(?<![\w_])__(?<text>[^_]+)__(?![\w_])")]
    private static partial Regex Bold();

    [GeneratedRegex(@"^(?:action items?|actions|next steps?|to-?dos?|tasks|follow[- ]?ups?|owners?|assignments?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActionHeading();
}
