using Cairn.Notes;
using Cairn.Synthesis;

namespace Cairn.Tests.Synthesis;

public sealed class ErrorNoteTests
{
    [Theory]
    [InlineData("call.vtt")]
    [InlineData("say \"hi\" \\ bye.txt")]
    [InlineData("two\nlines\t.eml")]
    public void The_source_property_reads_back_as_the_failed_files_name(string name)
    {
        var note = NoteDocument.Parse(ErrorNote.Render(name, "the zip container is damaged", new DateOnly(2025, 11, 20)));

        Assert.Equal(name, note.Frontmatter.GetString("source"));
        Assert.Equal("2025-11-20", note.Frontmatter.GetString("failed"));
        Assert.Equal("cairn-error", note.Frontmatter.GetString("type"));
    }
}
