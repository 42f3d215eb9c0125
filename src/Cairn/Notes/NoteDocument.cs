using System.Diagnostics.CodeAnalysis;

namespace Cairn.Notes;

/// <summary>
/// A note as Obsidian reads it, kept losslessly: <see cref="ToString"/> gives back the exact text it was
/// parsed from (BOM, CRLF, odd spacing, unknown keys), and an edit rewrites only the lines it touches.
/// Line numbers are 1-based throughout. Any text is a valid note: parsing never throws.
/// </summary>
public sealed class NoteDocument
{
    private readonly TaskParseOptions options;
    private List<NoteLine> lines = [];
    private string[] texts = [];
    private LineKind[] kinds = [];

    private NoteDocument(string text, TaskParseOptions options)
    {
        this.options = options;
        Load(text);
    }

    /// <summary>True when the text began with a UTF-8 byte order mark (kept on write).</summary>
    public bool HasBom { get; private set; }

    public Frontmatter Frontmatter { get; private set; }

    /// <summary>The lines without their endings; <c>Lines[0]</c> is line 1.</summary>
    public IReadOnlyList<string> Lines => texts;

    /// <summary>What each line is (text, frontmatter, code, comment); same indexing as <see cref="Lines"/>.</summary>
    public IReadOnlyList<LineKind> LineKinds => kinds;

    public IReadOnlyList<Heading> Headings { get; private set; } = [];

    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public IReadOnlyList<TaskLine> Tasks { get; private set; } = [];

    public IReadOnlyList<Wikilink> Links { get; private set; } = [];

    public IReadOnlyList<InlineTag> Tags { get; private set; } = [];

    /// <summary>The line ending new lines get: the note's first one, else "\n".</summary>
    public string LineEnding => lines.Select(l => l.Ending).FirstOrDefault(e => e.Length > 0) ?? "\n";

    public static NoteDocument Parse(string text) => Parse(text, TaskParseOptions.Default);

    public static NoteDocument Parse(string text, TaskParseOptions options) => new(text ?? string.Empty, options);

    /// <summary>The section a heading text names (first match, case-sensitive), or null.</summary>
    public Section? FindSection(string headingText) => Sections.FirstOrDefault(s => s.Heading.Text == headingText);

    /// <summary>Replaces one line's text and keeps its ending. Text with line breaks becomes several lines.</summary>
    public void ReplaceLine(int lineNumber, string newText)
    {
        CheckLine(lineNumber, allowEnd: false);
        ReplaceRange(lineNumber, 1, [newText]);
    }

    /// <summary>Inserts lines before <paramref name="lineNumber"/> (one past the last line appends).</summary>
    public void InsertLines(int lineNumber, IEnumerable<string> newLines)
    {
        CheckLine(lineNumber, allowEnd: true);
        ReplaceRange(lineNumber, 0, [.. newLines]);
    }

    public void RemoveLines(int lineNumber, int count)
    {
        CheckLine(lineNumber, allowEnd: false);
        ReplaceRange(lineNumber, Math.Min(count, lines.Count - lineNumber + 1), []);
    }

    public override string ToString()
    {
        var sb = new System.Text.StringBuilder(lines.Sum(l => l.Text.Length + 2) + 1);
        if (HasBom)
        {
            sb.Append('\uFEFF');
        }

        foreach (var line in lines)
        {
            sb.Append(line.Text).Append(line.Ending);
        }

        return sb.ToString();
    }

    /// <summary>Replaces <paramref name="count"/> lines from 1-based <paramref name="start"/> and parses the result again.</summary>
    internal void ReplaceRange(int start, int count, IReadOnlyList<string> newLines)
    {
        var index = start - 1;
        var ending = index < lines.Count && lines[index].Ending.Length > 0 ? lines[index].Ending : LineEnding;
        var replacement = newLines.Select(t => new NoteLine(t, ending)).ToList();
        var atEnd = index + count >= lines.Count;
        var finalEnding = lines.Count > 0 ? lines[^1].Ending : string.Empty;
        lines.RemoveRange(index, count);
        lines.InsertRange(index, replacement);

        // Whether the note ends with a line break is a property of the note, not of the line edited.
        if (atEnd && lines.Count > 0)
        {
            for (var i = Math.Max(0, index - 1); i < lines.Count - 1; i++)
            {
                if (lines[i].Ending.Length == 0)
                {
                    lines[i] = lines[i] with { Ending = ending };
                }
            }

            lines[^1] = lines[^1] with { Ending = finalEnding };
        }

        Load(ToString());
    }

    private void CheckLine(int lineNumber, bool allowEnd)
    {
        var max = allowEnd ? lines.Count + 1 : lines.Count;
        if (lineNumber < 1 || lineNumber > max)
        {
            throw new ArgumentOutOfRangeException(nameof(lineNumber), lineNumber, $"The note has {lines.Count} lines.");
        }
    }

    [MemberNotNull(nameof(Frontmatter))]
    private void Load(string text)
    {
        HasBom = text.Length > 0 && text[0] == '\uFEFF';
        lines = NoteLine.Split(HasBom ? text[1..] : text);
        texts = [.. lines.Select(l => l.Text)];
        var (open, close) = FindFrontmatter();
        kinds = BlockScanner.Classify(lines, close - 1);
        Frontmatter = new Frontmatter(this, open, close, close > 0 ? FrontmatterScanner.Scan(texts, 1, close - 1) : []);
        var content = NoteContentScanner.Scan(texts, kinds, options);
        Headings = content.Headings;
        Tasks = content.Tasks;
        Links = content.Links;
        Tags = content.Tags;
        Sections = BuildSections(content.Headings, texts.Length);
    }

    /// <summary>1-based lines of the opening and closing fences (0 when absent).</summary>
    private (int Open, int Close) FindFrontmatter()
    {
        if (texts.Length == 0 || texts[0].TrimEnd() != "---")
        {
            return (0, 0);
        }

        for (var i = 1; i < texts.Length; i++)
        {
            if (texts[i].TrimEnd() == "---")
            {
                return (1, i + 1);
            }
        }

        return (1, 0);
    }

    private static List<Section> BuildSections(IReadOnlyList<Heading> headings, int lineCount)
    {
        var sections = new List<Section>(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var end = lineCount;
            for (var j = i + 1; j < headings.Count; j++)
            {
                if (headings[j].Level <= headings[i].Level)
                {
                    end = headings[j].Line - 1;
                    break;
                }
            }

            sections.Add(new Section(headings[i], headings[i].Line, end));
        }

        return sections;
    }
}
