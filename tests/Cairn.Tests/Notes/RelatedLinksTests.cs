using Cairn.Notes;

namespace Cairn.Tests.Notes;

public sealed class RelatedLinksTests
{
    [Fact]
    public void The_link_goes_below_the_last_line_of_related_and_nothing_else_moves()
    {
        var note = NoteDocument.Parse("# Lena\n\n## Related\n\n- [[Contoso]]\n\n## Notes\nmine  \n");

        Assert.True(RelatedLinks.Add(note, "2025-11-20 - Brief Lena"));
        Assert.Equal("# Lena\n\n## Related\n\n- [[Contoso]]\n- [[2025-11-20 - Brief Lena]]\n\n## Notes\nmine  \n", note.ToString());
    }

    [Theory]
    [InlineData("# Lena\n\nText.\n", "# Lena\n\nText.\n\n## Related\n\n- [[B]]\n")]
    [InlineData("# Lena\n\nText.", "# Lena\n\nText.\n\n## Related\n\n- [[B]]")]
    [InlineData("# Lena\n\n## Related\n", "# Lena\n\n## Related\n\n- [[B]]\n")]
    public void A_note_without_related_lines_gets_them(string text, string expected)
    {
        var note = NoteDocument.Parse(text);

        Assert.True(RelatedLinks.Add(note, "B"));
        Assert.Equal(expected, note.ToString());
    }

    [Theory]
    [InlineData("See [[b]].\n")]
    [InlineData("See [[Briefs/B|the brief]].\n")]
    [InlineData("## Related\n\n- [[B.md]]\n")]
    public void A_note_that_links_the_target_in_any_spelling_is_left_alone(string text)
    {
        var note = NoteDocument.Parse(text);

        Assert.False(RelatedLinks.Add(note, "B"));
        Assert.Equal(text, note.ToString());
    }

    [Theory]
    [InlineData("[[People/Lena Park]]", "lena park")]
    [InlineData("People/Lena Park.md", "lena park")]
    [InlineData(" lena PARK.MD ", "lena park")]
    public void A_link_and_a_path_name_a_note_by_one_key(string target, string key) => Assert.Equal(key, Wikilink.Key(target.Trim('[', ']')));
}
