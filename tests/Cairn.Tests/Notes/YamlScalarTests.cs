using Cairn.Notes;
using Cairn.Synthesis;
using YamlDotNet.RepresentationModel;

namespace Cairn.Tests.Notes;

public sealed class YamlScalarTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("a: b # not a comment")]
    [InlineData("---")]
    [InlineData("\"quoted\" and 'single'")]
    [InlineData("back\\slash")]
    [InlineData("line\nbreak\r\nand\ttab")]
    [InlineData("bell\u0007 del\u007f next-line\u0085 c1\u009b")]
    [InlineData("")]
    public void A_double_quoted_scalar_reads_back_as_the_string_given(string value)
    {
        Assert.Equal(value, ReadBack(YamlScalar.DoubleQuoted(value)));
        Assert.DoesNotContain('\n', YamlScalar.DoubleQuoted(value));
    }

    [Theory]
    [InlineData("it's")]
    [InlineData("a: b")]
    [InlineData("[[Acme]]")]
    public void A_single_quoted_scalar_reads_back_as_the_line_given(string value) =>
        Assert.Equal(value, ReadBack(YamlScalar.SingleQuoted(value)));

    [Theory]
    [InlineData("Priya Raman", true)]
    [InlineData("O'Brien & Sons (UK)", true)]
    [InlineData("v2.1", true)]
    [InlineData("yes", false)]
    [InlineData("No", false)]
    [InlineData("null", false)]
    [InlineData("3M", false)]
    [InlineData("10:30", false)]
    [InlineData("2025-11-03", false)]
    [InlineData("a: b", false)]
    [InlineData("a #b", false)]
    [InlineData("- item", false)]
    [InlineData("[[Acme]]", false)]
    [InlineData(" padded", false)]
    [InlineData("", false)]
    public void A_value_may_be_plain_only_when_it_reads_back_as_the_same_string(string value, bool plain)
    {
        Assert.Equal(plain, YamlScalar.CanBePlain(value));
        Assert.True(!plain || ReadBack(value) == value);
    }

    [Theory]
    [InlineData("Priya Raman")]
    [InlineData("3M")]
    [InlineData("yes")]
    [InlineData("Café — Paris")]
    [InlineData("10:30")]
    [InlineData("Acme: Labs")]
    [InlineData("a #b")]
    public void A_new_entity_note_and_a_note_cairn_edits_write_a_value_plain_alike(string value)
    {
        var note = NoteDocument.Parse("---\ntype: person\n---\n");

        note.Frontmatter.Set("company", value);

        var rendered = YamlText.Scalar(value);
        var edited = note.Lines[2]["company: ".Length..];
        Assert.Equal(rendered == value, edited == value);
    }

    private static string ReadBack(string scalar)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader($"key: {scalar}\nnext: 1\n"));
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal(2, map.Children.Count);
        return ((YamlScalarNode)map.Children[new YamlScalarNode("key")]).Value!;
    }
}
