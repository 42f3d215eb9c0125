using System.Globalization;
using System.Text.RegularExpressions;
using Cairn.Notes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cairn.Synthesis;

/// <summary>
/// Reads a meeting note (Cairn's own layout, possibly edited by hand) back into a <see cref="MeetingNoteView"/>.
/// Tolerant: a broken frontmatter or a missing section yields what can be read, never an exception; a note
/// without a readable date is not a meeting note (null).
/// </summary>
public static partial class MeetingNoteReader
{
    public static MeetingNoteView? Read(string path, string text, string ownerName)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        var (front, body) = SplitFrontmatter(text);
        var fields = ReadFields(front);
        if (!fields.TryGetValue(NoteProperties.Date, out var dateText)
            || !DateOnly.TryParseExact(dateText.FirstOrDefault(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var sections = Sections(body);
        var title = First(fields, NoteProperties.Title) ?? System.IO.Path.GetFileNameWithoutExtension(path);
        return new MeetingNoteView(
            path,
            title,
            First(fields, NoteProperties.Type) ?? string.Empty,
            date,
            First(fields, NoteProperties.Account) is { Length: > 0 } account ? account : null,
            AccountStem(body),
            fields.TryGetValue(NoteProperties.Participants, out var people) ? people : [],
            string.Join(' ', Lines(sections, NoteSections.Summary).Select(l => l.Trim())).Trim(),
            Lines(sections, NoteSections.ActionItems).Select(l => ParseTask(l, ownerName)).OfType<MeetingTask>().ToList(),
            Items(sections, NoteSections.Decisions),
            Items(sections, NoteSections.KeyInformation),
            Lines(sections, NoteSections.Related).SelectMany(LinkTargets).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            First(fields, NoteProperties.Source) ?? string.Empty,
            First(fields, NoteProperties.SourceRef) ?? string.Empty,
            SourceLinks(body));
    }

    /// <summary>Reads one task line back: text, owner (<c>@Myself</c> is the vault owner), priority, due, done.</summary>
    public static MeetingTask? ParseTask(string line, string ownerName)
    {
        var match = TaskLine().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var body = match.Groups[2].Value.Trim();
        var priority = Notes.TaskPriority.None;
        DateOnly? due = null;
        for (var field = TrailingField().Match(body); field.Success; field = TrailingField().Match(body))
        {
            var value = field.Groups[1].Value;
            if (value.StartsWith("📅", StringComparison.Ordinal))
            {
                due = DateOnly.TryParseExact(value[^10..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : due;
            }
            else if (!value.StartsWith('#') && !value.StartsWith("✅", StringComparison.Ordinal) && !value.StartsWith("[[", StringComparison.Ordinal))
            {
                priority = TaskText.PriorityOf(value);
            }

            body = body[..field.Index].TrimEnd();
        }

        string? owner = null;
        var at = body.LastIndexOf(" @", StringComparison.Ordinal);
        if (at >= 0)
        {
            owner = body[(at + 2)..].Trim();
            body = body[..at].TrimEnd();
        }

        var mine = string.Equals(owner, TaskText.MyselfOwner, StringComparison.Ordinal);
        return new MeetingTask(Unescape(body), mine ? ownerName : owner, mine, priority, due, match.Groups[1].Value is not " ");
    }

    private static List<string> SourceLinks(string body) =>
        body.Split('\n').Where(l => l.StartsWith("*Source:", StringComparison.Ordinal)).SelectMany(LinkTargets).Distinct(StringComparer.Ordinal).ToList();

    private static string? AccountStem(string body)
    {
        var line = body.Split('\n').FirstOrDefault(l => l.StartsWith("**Account**:", StringComparison.Ordinal));
        return line is null ? null : LinkTargets(line).FirstOrDefault();
    }

    private static (string Front, string Body) SplitFrontmatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (string.Empty, text);
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? (string.Empty, text) : (text[4..end], text[Math.Min(text.Length, end + 4)..]);
    }

    private static Dictionary<string, List<string>> ReadFields(string front)
    {
        var fields = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(front));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                foreach (var (key, value) in map.Children)
                {
                    fields[key.ToString()] = value switch
                    {
                        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
                        YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList(),
                        _ => [],
                    };
                }
            }
        }
        catch (YamlException)
        {
            // A hand-broken frontmatter leaves the fields empty; the body still reads.
        }

        return fields;
    }

    private static string? First(Dictionary<string, List<string>> fields, string key) =>
        fields.TryGetValue(key, out var values) ? values.FirstOrDefault() : null;

    private static Dictionary<string, List<string>> Sections(string body)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? current = null;
        foreach (var line in body.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = [];
                sections.TryAdd(line[3..].Trim(), current);
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("*Source:", StringComparison.Ordinal))
            {
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }

        return sections;
    }

    private static List<string> Lines(Dictionary<string, List<string>> sections, string heading) =>
        sections.TryGetValue(heading, out var lines) ? lines.Where(l => l.Trim().Length > 0).ToList() : [];

    private static List<string> Items(Dictionary<string, List<string>> sections, string heading) =>
        Lines(sections, heading).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => Unescape(l[2..].Trim())).Where(l => l.Length > 0).ToList();

    private static IEnumerable<string> LinkTargets(string line) =>
        WikiLink().Matches(line).Select(m => m.Groups[1].Value.Trim()).Where(t => t.Length > 0);

    private static string Unescape(string text) =>
        text.Length > 1 && text[0] == '\\' && !char.IsLetterOrDigit(text[1]) ? text[1..] : text;

    [GeneratedRegex(@"^\s*[-*+] \[(.)\] (.*)$")]
    private static partial Regex TaskLine();

    [GeneratedRegex(@"\s((?:#[^\s#]+)|(?:(?:📅|✅)\uFE0F?\s*\d{4}-\d{2}-\d{2})|(?:🔺|⏫|🔼|🔽|⏬)|(?:\[\[[^\]]*\]\]))$")]
    private static partial Regex TrailingField();

    [GeneratedRegex(@"(?<!\\)\[\[([^\]|#]+)(?:[#|][^\]]*)?\]\]")]
    private static partial Regex WikiLink();
}
