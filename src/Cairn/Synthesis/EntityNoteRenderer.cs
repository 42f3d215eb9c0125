using System.Text;
using Cairn.Extraction;
using Cairn.Notes;

namespace Cairn.Synthesis;

/// <summary>
/// Renders an entity note in the output contract (reference/people-note.example.md): frontmatter
/// <c>type, title, aliases, last_contact, created, tags</c>, then Recent Context, Profile (only when there are
/// facts), Open Tasks, Key Facts, Topics, Key Decisions, Related. Body lines arrive already formatted.
/// </summary>
public static class EntityNoteRenderer
{
    public static string Render(EntityNoteModel note)
    {
        var type = TypeOf(note.Kind);
        var text = new StringBuilder("---\n");
        text.Append(NoteProperties.Type).Append(": ").Append(type).Append('\n');
        text.Append(NoteProperties.Title).Append(": ").Append(YamlText.Scalar(note.Title)).Append('\n');
        if (note.Aliases.Count == 0)
        {
            text.Append(NoteProperties.Aliases).Append(": []\n");
        }
        else
        {
            text.Append(NoteProperties.Aliases).Append(":\n");
            foreach (var alias in note.Aliases)
            {
                text.Append("- ").Append(YamlText.Scalar(alias)).Append('\n');
            }
        }

        AppendDetails(text, note.Details);
        text.Append(NoteProperties.LastContact).Append(':').Append(note.LastContact is { } last ? $" '{IsoDate.Format(last)}'" : string.Empty).Append('\n');
        text.Append(NoteProperties.Created).Append(": '").Append(IsoDate.Format(note.Created)).Append("'\n");
        text.Append(NoteProperties.Tags).Append(":\n- type/").Append(type).Append("\n- generated\n---\n\n");
        text.Append("# ").Append(MarkdownText.Inline(note.Title)).Append('\n');
        Section(text, NoteSections.RecentContext, note.RecentContext);
        if (note.Profile.Count > 0)
        {
            Section(text, NoteSections.Profile, note.Profile);
        }

        Section(text, NoteSections.OpenTasks, note.OpenTasks);
        Section(text, NoteSections.KeyFacts, note.KeyFacts);
        Section(text, NoteSections.Topics, note.Topics.Count == 0 ? [] : [string.Join(", ", note.Topics.Select(MarkdownText.Inline))]);
        Section(text, NoteSections.KeyDecisions, note.KeyDecisions);
        Section(text, NoteSections.Related, note.Related.Select(r => "- " + MarkdownText.Link(r.Stem, r.Name)).ToList());
        return text.ToString();
    }

    /// <summary><c>company</c> (a link when its note exists, for Dataview and the graph), <c>role</c>, <c>email</c>: only what a source stated.</summary>
    private static void AppendDetails(StringBuilder text, PersonDetails details)
    {
        if (details.Company is { } company)
        {
            text.Append("company: ").Append(details.CompanyStem is { } stem ? YamlText.DoubleQuoted(MarkdownText.Link(stem, company)) : YamlText.Scalar(company)).Append('\n');
        }

        if (details.Role is { } role)
        {
            text.Append("role: ").Append(YamlText.Scalar(role)).Append('\n');
        }

        if (details.Email is { } email)
        {
            text.Append("email: ").Append(YamlText.Scalar(email)).Append('\n');
        }
    }

    /// <summary>The <c>type</c> value and the <c>type/</c> tag of an entity note.</summary>
    public static string TypeOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => NoteTypes.Person,
        EntityKind.Company => NoteTypes.Company,
        _ => NoteTypes.Project,
    };

    private static void Section(StringBuilder text, string heading, IReadOnlyList<string> lines)
    {
        text.Append("\n## ").Append(heading).Append('\n');
        if (lines.Count > 0)
        {
            text.Append('\n');
        }

        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
    }
}
