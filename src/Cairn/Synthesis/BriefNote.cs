using System.Text;
using Cairn.Notes;
using Cairn.Vault;

namespace Cairn.Synthesis;

/// <summary>
/// A brief as a note: <c>YYYY-MM-DD - Brief Name.md</c> in the layout's briefs folder (<c>Briefs</c>), frontmatter
/// <c>type: brief</c>, the same sections as the terminal view. Tasks are plain list lines (with a link to their meeting), never checkboxes, so a brief
/// never adds a second copy of a task to <c>cairn tasks</c>.
/// </summary>
public static class BriefNote
{
    public static string PathFor(Brief brief, string folder) => $"{folder}/{SafeName.For($"{IsoDate.Format(brief.Today)} - Brief {brief.Subject.Name}")}.md";

    public static string Render(Brief brief)
    {
        var name = brief.Subject.Name;
        var sb = new StringBuilder();
        sb.Append("---\n")
            .Append(NoteProperties.Type).Append(": brief\n")
            .Append(NoteProperties.Title).Append(": ").Append(YamlText.DoubleQuoted($"Brief {name}")).Append('\n')
            .Append(NoteProperties.Date).Append(": \"").Append(IsoDate.Format(brief.Today)).Append("\"\n")
            .Append("subject: ").Append(YamlText.DoubleQuoted(Link(brief.Subject.Path))).Append('\n')
            .Append(NoteProperties.Tags).Append(":\n  - \"type/brief\"\n  - \"generated\"\n")
            .Append("---\n\n")
            .Append("# Brief: ").Append(name).Append("\n\n")
            .Append("**Subject**: ").Append(Link(brief.Subject.Path)).Append(" (").Append(brief.Subject.Kind).Append(")\n")
            .Append("**Last spoke**: ").Append(LastSpoke(brief)).Append('\n');
        Section(sb, "Recent Meetings", brief.Meetings.Select(m => $"{m.Date ?? "undated"}: {Link(m.Path)}{(m.Summary is { } s ? " - " + Short(s) : string.Empty)}"));
        Section(sb, "They Owe Us", brief.TheyOwe.Select(t => TaskLine(t)));
        Section(sb, "We Owe Them", brief.WeOwe.Select(t => TaskLine(t)));
        Section(sb, "Key Facts", brief.KeyFacts.Select(Item));
        Section(sb, "Decisions", brief.Decisions.Select(Item));
        Section(sb, "Open Questions", brief.OpenQuestions.Select(Item));
        Section(sb, "Topics", brief.Topics);
        return sb.ToString();
    }

    public static string LastSpoke(Brief brief) => brief.LastContact is null ? "never"
        : brief.DaysSince switch
        {
            0 => $"{brief.LastContact} (today)",
            1 => $"{brief.LastContact} (1 day ago)",
            { } d => $"{brief.LastContact} ({d} days ago)",
            null => brief.LastContact,
        };

    /// <summary><c>text (@Owner) 📅 date ⚠️ overdue — [[meeting]]</c>.</summary>
    public static string TaskLine(BriefTask task, bool withOwner = true)
    {
        var t = task.Row.Task;
        var sb = new StringBuilder(MarkdownText.Inline(t.Text));
        if (withOwner && task.Row.Owner is { } owner)
        {
            sb.Append(" (@").Append(owner).Append(')');
        }

        if (t.Due is { } due)
        {
            sb.Append(' ').Append(TaskEmoji.Due).Append(' ').Append(IsoDate.Format(due));
        }

        if (task.Overdue)
        {
            sb.Append(" ⚠️ overdue");
        }

        return sb.Append(" — ").Append(Link(task.Row.File)).ToString();
    }

    public static string Link(string path) => Wikilink.Format(Stem(path));

    public static string Stem(string path) => System.IO.Path.GetFileNameWithoutExtension(path);

    internal static string Item(MeetingItem item) => item.Date is null ? item.Text : $"{item.Text} ({Link(item.Path)})";

    private static string Short(string summary) => summary.Length <= 200 ? summary : summary[..197].TrimEnd() + "...";

    internal static void Section(StringBuilder sb, string heading, IEnumerable<string> lines, string level = "##")
    {
        sb.Append('\n').Append(level).Append(' ').Append(heading).Append("\n\n");
        var any = false;
        foreach (var line in lines)
        {
            sb.Append("- ").Append(line).Append('\n');
            any = true;
        }

        if (!any)
        {
            sb.Append("- (none)\n");
        }
    }
}
