using Cairn.Notes;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Notes;

public sealed class ReferenceNoteTests
{
    private static string Read(string name) => File.ReadAllText(TestDataFolder.Path("reference", name));

    [Theory]
    [InlineData("meeting-note.example.md")]
    [InlineData("people-note.example.md")]
    public void Reference_notes_round_trip_byte_for_byte(string name)
    {
        var text = Read(name);
        Assert.Equal(text, NoteDocument.Parse(text).ToString());
        var crlf = "\uFEFF" + text.ReplaceLineEndings("\r\n");
        Assert.Equal(crlf, NoteDocument.Parse(crlf).ToString());
    }

    [Fact]
    public void Meeting_note_reads_frontmatter_tasks_owners_and_links()
    {
        var note = NoteDocument.Parse(Read("meeting-note.example.md"));

        Assert.Equal("customer", note.Frontmatter.GetString("type"));
        Assert.Equal("2025-10-27", note.Frontmatter.GetString("date"));
        Assert.Equal(["Jeff Denworth", "Jason Vallery"], note.Frontmatter.GetList("participants"));
        Assert.Equal(["type/customer", "account/jeff-denworth", "generated"], note.Frontmatter.GetList("tags"));
        Assert.Equal(17, note.Tasks.Count);
        var third = note.Tasks[2];
        Assert.Equal("Jeff Denworth", third.Owner);
        Assert.Equal(TaskPriority.High, third.Priority);
        Assert.Equal(["#task"], third.Tags);
        Assert.Equal("Move designated team members under Jason’s scope and communicate the changes.", third.Text);
        Assert.Equal("Myself", note.Tasks[0].Owner);
        Assert.Contains(note.Links, l => l.Target == "Jeff Denworth");
        Assert.Contains(note.Links, l => l.Target.StartsWith("Inbox/_archive/", StringComparison.Ordinal) && l.Alias is not null);
        Assert.Equal(["Jeff 1:1 cloud priorities", "Summary", "Action Items", "Decisions", "Key Information", "Related"], note.Headings.Select(h => h.Text));
        var actions = note.FindSection("Action Items")!;
        Assert.True(note.Tasks.All(t => t.Line > actions.StartLine && t.Line <= actions.EndLine));
    }

    [Fact]
    public void People_note_reads_plain_and_single_quoted_values()
    {
        var note = NoteDocument.Parse(Read("people-note.example.md"));

        Assert.Equal("Lior Genzel", note.Frontmatter.GetString("title"));
        Assert.Equal("2025-11-07", note.Frontmatter.GetString("last_contact"));
        Assert.Equal(["type/people", "generated"], note.Frontmatter.GetList("tags"));
        Assert.Equal(4, note.Tasks.Count);
        Assert.All(note.Tasks, t => Assert.Null(t.Owner));
    }

    [Fact]
    public void Setting_a_frontmatter_key_rewrites_only_that_key_in_its_own_style()
    {
        var text = Read("meeting-note.example.md");
        var note = NoteDocument.Parse(text);

        note.Frontmatter.Set("title", "New \"title\"");
        note.Frontmatter.SetList("participants", ["A", "B", "C"]);
        note.Frontmatter.SetList("tags", ["type/customer", "generated"]);

        var before = text.Split('\n');
        var after = note.ToString().Split('\n');
        Assert.Equal("title: \"New \\\"title\\\"\"", after[2]);
        Assert.Equal("participants: [\"A\", \"B\", \"C\"]", after[5]);
        Assert.Equal(["tags:", "  - \"type/customer\"", "  - \"generated\""], after[8..11]);
        Assert.Equal(before[12..], after[11..]);
        Assert.Equal("New \"title\"", note.Frontmatter.GetString("title"));
    }

    [Fact]
    public void Setting_keys_in_a_plain_note_keeps_plain_style_and_quotes_what_yaml_would_misread()
    {
        var note = NoteDocument.Parse(Read("people-note.example.md"));

        note.Frontmatter.Set("last_contact", "2025-12-01");
        note.Frontmatter.Set("company", "Acme: Labs");
        note.Frontmatter.SetList("aliases", ["Lior"]);

        var lines = note.Lines;
        Assert.Equal("last_contact: '2025-12-01'", lines[3]);
        Assert.Equal("company: 'Acme: Labs'", lines[8]);
        Assert.Equal(["aliases:", "  - Lior", "---"], lines.Skip(9).Take(3));
        Assert.Equal("Acme: Labs", note.Frontmatter.GetString("company"));
    }
}
