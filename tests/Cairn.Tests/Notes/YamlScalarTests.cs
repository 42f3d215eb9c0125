using Cairn.Notes;
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

    private static string ReadBack(string scalar)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader($"key: {scalar}\nnext: 1\n"));
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal(2, map.Children.Count);
        return ((YamlScalarNode)map.Children[new YamlScalarNode("key")]).Value!;
    }
}
