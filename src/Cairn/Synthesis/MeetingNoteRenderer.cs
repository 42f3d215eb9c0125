using System.Text;
using Cairn.Notes;
using Cairn.Sources;

namespace Cairn.Synthesis;

/// <summary>
/// Renders a meeting note in the output contract (DESIGN.md, reference/meeting-note.example.md): quoted
/// frontmatter, title, Date/Account/Attendees, Summary, Action Items, Decisions, Key Information, the
/// Source line and Related. Pure: the same model always gives the same bytes.
/// </summary>
public static class MeetingNoteRenderer
{
    public static string Render(MeetingNoteModel note)
    {
        var text = new StringBuilder();
        AppendFrontmatter(text, note);
        text.Append("# ").Append(MarkdownText.Inline(note.Title)).Append("\n\n");
        text.Append("**Date**: ").Append(IsoDate.Format(note.Date)).Append('\n');
        if (note.Account is { } account)
        {
            text.Append("**Account**: ").Append(MarkdownText.Link(account.Stem, account.Name)).Append('\n');
        }

        text.Append("**Attendees**: ").Append(string.Join(", ", note.Participants.Select(MarkdownText.Name))).Append('\n');
        Section(text, NoteSections.Summary, [MarkdownText.Inline(note.Summary)]);
        Section(text, NoteSections.ActionItems, note.Tasks.Select(FormatTask));
        Section(text, NoteSections.Decisions, note.Decisions.Select(d => "- " + MarkdownText.Inline(d)));
        Section(text, NoteSections.KeyInformation, note.KeyFacts.Select(f => "- " + MarkdownText.Inline(f)));
        var sources = note.AllSources.Select(s => MarkdownText.Link(s, Path.GetFileNameWithoutExtension(ArchivedName.Original(s))));
        text.Append("\n---\n\n*Source: ").Append(string.Join(", ", sources)).Append("*\n");
        Section(text, NoteSections.Related, note.Related.Select(r => "- " + MarkdownText.Link(r.Stem, r.Name)));
        return text.ToString();
    }

    /// <summary>A participant as a link to their note when the meeting links one by that name, else the plain name.</summary>
    private static string PropertyLink(MeetingNoteModel note, string participant) =>
        note.Related.FirstOrDefault(r => string.Equals(r.Name, participant, StringComparison.OrdinalIgnoreCase)) is { } target
            ? MarkdownText.Link(target.Stem, participant)
            : participant;

    public static string FormatTask(MeetingTask task) =>
        task.Written ?? TaskText.Format(task.Text, task.OwnedByMe ? TaskOwner.Myself : task.Owner, task.Priority, task.Due, task.Done, link: null, tag: "task");

    private static void AppendFrontmatter(StringBuilder text, MeetingNoteModel note)
    {
        text.Append("---\n");
        text.Append(NoteProperties.Type).Append(": ").Append(YamlText.DoubleQuoted(note.Type)).Append('\n');
        text.Append(NoteProperties.Title).Append(": ").Append(YamlText.DoubleQuoted(note.Title)).Append('\n');
        text.Append(NoteProperties.Date).Append(": ").Append(YamlText.DoubleQuoted(IsoDate.Format(note.Date))).Append('\n');
        // Links, so Dataview and the graph see who and which account (Obsidian reads a quoted "[[x]]" as a link).
        text.Append(NoteProperties.Account).Append(": ").Append(YamlText.DoubleQuoted(note.Account is { } linked ? MarkdownText.Link(linked.Stem, linked.Name) : string.Empty)).Append('\n');
        text.Append(NoteProperties.Participants).Append(": [").Append(string.Join(", ", note.Participants.Select(p => YamlText.DoubleQuoted(PropertyLink(note, p))))).Append("]\n");
        if (note.Topics.Count > 0)
        {
            text.Append(NoteProperties.Topics).Append(": [").Append(string.Join(", ", note.Topics.Select(YamlText.DoubleQuoted))).Append("]\n");
        }

        text.Append(NoteProperties.Source).Append(": ").Append(YamlText.DoubleQuoted(note.SourceKind)).Append('\n');
        text.Append(NoteProperties.SourceRef).Append(": ").Append(YamlText.DoubleQuoted(note.SourceRef)).Append('\n');
        if (note.Extractor is { } extractor)
        {
            text.Append("extractor: ").Append(YamlText.DoubleQuoted(extractor)).Append('\n');
        }

        if (note.Model is { } model)
        {
            text.Append("model: ").Append(YamlText.DoubleQuoted(YamlText.OneLine(model))).Append('\n');
        }
        text.Append(NoteProperties.Tags).Append(":\n");
        text.Append("  - ").Append(YamlText.DoubleQuoted("type/" + Slug.Of(note.Type))).Append('\n');
        if (note.Account is { } account)
        {
            text.Append("  - ").Append(YamlText.DoubleQuoted("account/" + Slug.Of(account.Name))).Append('\n');
        }

        text.Append("  - \"generated\"\n---\n\n");
    }

    private static void Section(StringBuilder text, string heading, IEnumerable<string> lines)
    {
        var items = lines.Where(l => l.Length > 0).ToList();
        text.Append("\n## ").Append(heading).Append('\n').Append(items.Count > 0 ? "\n" : string.Empty);
        foreach (var line in items)
        {
            text.Append(line).Append('\n');
        }
    }
}
