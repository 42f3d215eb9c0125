using YamlDotNet.RepresentationModel;

namespace Cairn.Notes;

/// <summary>
/// Reads a meeting note (Cairn's own layout, possibly edited by hand) back into a <see cref="MeetingNoteView"/>
/// through <see cref="NoteDocument"/>: its frontmatter, ## sections and task lines are read as the index and
/// the Tasks plugin read them. Tolerant: a broken frontmatter or a missing section yields what can be read,
/// never an exception; a note without a readable date is not a meeting note (null).
/// </summary>
public static class MeetingNoteReader
{
    public static MeetingNoteView? Read(string path, string text, string ownerName)
    {
        var note = NoteDocument.Parse(text);
        var front = note.Frontmatter;
        if (!front.Exists || front.IsUnclosed
            || First(front, NoteProperties.Date) is not { } written || !IsoDate.TryParse(written, out var date))
        {
            return null;
        }

        var body = note.Lines.Skip(front.CloseLine).ToList();
        var title = First(front, NoteProperties.Title) ?? System.IO.Path.GetFileNameWithoutExtension(path);
        return new MeetingNoteView(
            path,
            title,
            First(front, NoteProperties.Type) ?? string.Empty,
            date,
            First(front, NoteProperties.Account) is { } linked && NoteProperties.LinkedName(linked) is { Length: > 0 } account ? account : null,
            AccountStem(body),
            Scalars(front.GetNode(NoteProperties.Participants)).Select(NoteProperties.LinkedName).Where(p => p.Length > 0).ToList(),
            string.Join(' ', Lines(note, NoteSections.Summary).Select(l => l.Trim())).Trim(),
            Lines(note, NoteSections.ActionItems).Select(l => ParseTask(l, ownerName)).OfType<MeetingTask>().ToList(),
            Items(note, NoteSections.Decisions),
            Items(note, NoteSections.KeyInformation),
            Lines(note, NoteSections.Related).SelectMany(LinkTargets).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            First(front, NoteProperties.Source) ?? string.Empty,
            First(front, NoteProperties.SourceRef) ?? string.Empty,
            SourceLinks(body))
        {
            Topics = Scalars(front.GetNode(NoteProperties.Topics)).Where(t => t.Trim().Length > 0).ToList(),
        };
    }

    /// <summary>
    /// Reads one task line back as the Tasks plugin does (<see cref="TaskLine"/>): text, owner (<c>@Myself</c> is
    /// the vault owner), priority, due, done.
    /// </summary>
    public static MeetingTask? ParseTask(string line, string ownerName)
    {
        if (!TaskLine.TryParse(line, out var task))
        {
            return null;
        }

        var owner = task.Owner;
        var mine = string.Equals(owner, TaskOwner.Myself, StringComparison.Ordinal);
        return new MeetingTask(Unescape(task.Text), mine ? ownerName : owner, mine, task.Priority, task.Due, task.StatusChar is not ' ', line.TrimEnd('\r'));
    }

    private static List<string> SourceLinks(List<string> body) =>
        body.Where(l => l.StartsWith("*Source:", StringComparison.Ordinal)).SelectMany(LinkTargets).Distinct(StringComparer.Ordinal).ToList();

    private static string? AccountStem(List<string> body)
    {
        var line = body.FirstOrDefault(l => l.StartsWith("**Account**:", StringComparison.Ordinal));
        return line is null ? null : LinkTargets(line).FirstOrDefault();
    }

    /// <summary>A property's value, or a list's first item.</summary>
    private static string? First(Frontmatter front, string key) => Scalars(front.GetNode(key)).FirstOrDefault();

    private static List<string> Scalars(YamlNode? node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
        YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList(),
        _ => [],
    };

    /// <summary>
    /// The non-blank lines of the first ## section of that name (any case), up to a thematic break or the
    /// <c>*Source:</c> line.
    /// </summary>
    private static List<string> Lines(NoteDocument note, string heading)
    {
        var section = note.Sections.FirstOrDefault(s => s.Level == 2 && string.Equals(s.Heading.Text, heading, StringComparison.OrdinalIgnoreCase));
        if (section is null)
        {
            return [];
        }

        var lines = new List<string>();
        foreach (var line in note.Lines.Skip(section.StartLine).Take(section.EndLine - section.StartLine))
        {
            if (line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("*Source:", StringComparison.Ordinal))
            {
                break;
            }

            if (line.Trim().Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static List<string> Items(NoteDocument note, string heading) =>
        Lines(note, heading).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => Unescape(l[2..].Trim())).Where(l => l.Length > 0).ToList();

    private static IEnumerable<string> LinkTargets(string line) =>
        Wikilink.FindAll(line).Select(l => l.Target.Trim()).Where(t => t.Length > 0);

    private static string Unescape(string text) =>
        text.Length > 1 && text[0] == '\\' && !char.IsLetterOrDigit(text[1]) ? text[1..] : text;
}
