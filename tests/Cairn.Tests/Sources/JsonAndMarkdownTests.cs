using Cairn.Sources;

namespace Cairn.Tests.Sources;

public sealed class JsonAndMarkdownTests
{
    [Fact]
    public void A_plain_list_of_speaker_text_start_objects()
    {
        var doc = Read.Text("2025-03-04 sync.json", """[{"speaker": "Ana", "text": "Hi", "start": 1.5}, {"speaker": {"name": "Ben"}, "text": "Hello", "start": "00:00:03"}]""");

        Assert.Equal("json/utterances", doc.Format);
        Assert.Equal([new Utterance("Ana", TimeSpan.FromSeconds(1.5), "Hi"), new Utterance("Ben", TimeSpan.FromSeconds(3), "Hello")], doc.Utterances);
        Assert.Equal(new DateOnly(2025, 3, 4), doc.Date);
        Assert.Equal("sync", doc.Title);
    }

    [Fact]
    public void Turns_nested_under_a_meeting_object_take_its_title_and_date()
    {
        var doc = Read.Text("x.json", """{"meeting": {"title": "Kickoff", "date": "2024-12-13", "turns": [{"speaker": "A", "text": "one"}, {"speaker": "B", "text": "two"}]}}""");

        Assert.Equal("Kickoff", doc.Title);
        Assert.Equal(new DateOnly(2024, 12, 13), doc.Date);
    }

    [Fact]
    public void Json_without_a_transcript_and_malformed_json_fail()
    {
        Assert.Contains("no transcript", Read.Failure("a.json", """{"hello": [1, 2]}"""u8.ToArray()).Problem, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", Read.Failure("b.json", """{"hello": [1, 2"""u8.ToArray()).Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: Pricing call\ndate: 2025-05-06\ntitle: Pricing call again\n---\nWe agreed on the price.\n")]
    [InlineData("---\ntitle: Pricing call\nstray: [oops\ndate: 2025-05-06\n---\nWe agreed on the price.\n")]
    [InlineData("---\r\ntitle: Pricing call\r\ndate: 2025-05-06\r\n---\r\nWe agreed on the price.\r\n")]
    public void Markdown_front_matter_reads_as_a_vault_note_reads_it(string text)
    {
        var doc = Read.Text("n.md", text);
        var front = Cairn.Notes.NoteDocument.Parse(text).Frontmatter;

        Assert.Equal(front.GetString("title"), doc.Title);
        Assert.Equal("Pricing call", doc.Title);
        Assert.Equal(new DateOnly(2025, 5, 6), doc.Date);
        Assert.DoesNotContain("title:", doc.Body, StringComparison.Ordinal);
        Assert.Contains("We agreed on the price.", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_notes_keep_front_matter_as_metadata()
    {
        var doc = Read.Text("n.md", "---\ntitle: Pricing call\ndate: 2025-05-06\nattendees: [Ana Lima, Ben Ode]\ntags:\n  - pricing\n---\n# Heading\n\n- point one\n");

        Assert.Equal(SourceKind.Notes, doc.Kind);
        Assert.Equal("md/notes", doc.Format);
        Assert.Equal("Pricing call", doc.Title);
        Assert.Equal(new DateOnly(2025, 5, 6), doc.Date);
        Assert.Equal(["Ana Lima", "Ben Ode"], doc.Participants.Select(p => p.Name));
        Assert.Equal("pricing", doc.Metadata!["tags"]);
        Assert.Equal("# Heading\n\n- point one", doc.Body);
    }

    [Fact]
    public void Markdown_without_front_matter_takes_the_first_heading()
    {
        Assert.Equal("Retro", Read.Text("2025-01-01 x.md", "# Retro\n\nWent well.\n").Title);
    }

    [Fact]
    public void Markdown_speaker_lines_are_a_transcript()
    {
        var doc = Read.Text("t.md", "**Ana:** One.\n**Ben:** Two.\n**Ana:** Three.\n");

        Assert.Equal(SourceKind.Transcript, doc.Kind);
        Assert.Equal(3, doc.Utterances.Count);
    }
}
