using Cairn.Notes;

namespace Cairn.Tests.Notes;

public sealed class NoteDocumentTests
{
    [Fact]
    public void Code_blocks_and_comments_hide_tasks_links_and_headings()
    {
        var note = NoteDocument.Parse("```\n- [ ] no\n# no\n[[No]]\n```\n<!--\n- [ ] no\n-->\n%%\n- [ ] no\n%%\n- [ ] yes `[[No]]` [[Yes]] <!-- #no -->\n");

        Assert.Equal([12], note.Tasks.Select(t => t.Line));
        Assert.Equal(["Yes"], note.Links.Select(l => l.Target));
        Assert.Empty(note.Headings);
        Assert.Empty(note.Tags);
    }

    [Fact]
    public void Wikilink_parts_are_split()
    {
        var links = Wikilink.FindAll("![[Note#Head|Alias]] [[Other#^blk]] \\[[escaped]]");

        Assert.Equal(2, links.Count);
        Assert.Equal(("Note", "Head", (string?)null, "Alias", true), (links[0].Target, links[0].Heading, links[0].Block, links[0].Alias, links[0].IsEmbed));
        Assert.Equal(("Other", (string?)null, "blk"), (links[1].Target, links[1].Heading, links[1].Block));
        Assert.Equal("[[A|b]]", Wikilink.Format("A", "b"));
        Assert.Equal("[[A]]", Wikilink.Format("A", "A"));
    }

    [Fact]
    public void Sections_run_to_the_next_heading_of_the_same_level()
    {
        var note = NoteDocument.Parse("# T\n## A\ntext\n### A1\nx\n## B\ny");

        var a = note.FindSection("A")!;
        Assert.Equal((2, 5), (a.StartLine, a.EndLine));
        Assert.Equal((6, 7), (note.FindSection("B")!.StartLine, note.FindSection("B")!.EndLine));
    }

    [Fact]
    public void Edits_keep_line_endings_and_the_missing_final_newline()
    {
        var note = NoteDocument.Parse("\uFEFFa\r\nb");

        note.ReplaceLine(1, "A");
        note.InsertLines(3, ["c"]);

        Assert.Equal("\uFEFFA\r\nb\r\nc", note.ToString());
    }

    [Fact]
    public void Set_on_a_note_without_frontmatter_adds_it()
    {
        var note = NoteDocument.Parse("# T\n");

        note.Frontmatter.Set("type", "people");

        Assert.Equal("---\ntype: people\n---\n# T\n", note.ToString());
    }

    [Fact]
    public void Unclosed_frontmatter_reads_no_properties()
    {
        var note = NoteDocument.Parse("---\ntype: x\n# T\n");

        Assert.True(note.Frontmatter.IsUnclosed);
        Assert.Empty(note.Frontmatter.Keys);
        Assert.Single(note.Headings);
    }
}
