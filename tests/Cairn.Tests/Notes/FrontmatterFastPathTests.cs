using Cairn.Notes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cairn.Tests.Notes;

/// <summary>The frontmatter fast path reads exactly what YamlDotNet reads, or declines.</summary>
public sealed class FrontmatterFastPathTests
{
    private static readonly string[] Pieces =
    [
        "a", "Ann Lee", "2025-11-07", " ", ":", ": ", "#", " #", ",", "[", "]", "{", "}", "'", "''", "\"", "\\", "-", "- ", "?", "&x", "*x",
        "!t", "|", ">", "@", "%", "`", ".", "~", "null", "\t", "é", "🔺", "\u00A0", "\u2028", "\u0085", "\uFEFF", "http://x.y/z", "a,b",
    ];

    private static readonly string[] Lines =
    [
        "type: \"customer\"", "title: Lior Genzel", "last_contact: '2025-11-07'", "tags:", "  - \"type/customer\"", "- generated",
        "participants: [\"A\", \"B\"]", "# a comment", "unknown_key: 42", "", "nested:", "  child: 1", "title: \"open", "b: c\"",
        "junk", "aliases: [x, 'y z', \"w\"]", "date: 2025-01-02 # note", "  - two", "title: dup", "&a x: 1", "k: *a", "empty:",
    ];

    public static TheoryData<string, string?> Table => new()
    {
        { "title: Lior Genzel", "Lior Genzel" },
        { "title:   spaced   ", "spaced" },
        { "date: '2025-11-07'", "2025-11-07" },
        { "type: \"customer\"", "customer" },
        { "q: 'it''s'", "it's" },
        { "q: \"\"", string.Empty },
        { "empty:", string.Empty },
        { "url: http://x.y/z", "http://x.y/z" },
        { "tags: [\"a\", 'b', c]", "[a,b,c]" },
        { "tags: []", "[]" },
        { "tags:\n  - \"type/customer\"\n  - generated", "[type/customer,generated]" },
        { "tags:\n- one\n- 'two'", "[one,two]" },
        { "q: \"a\\\"b\"", null },
        { "q: &anchor x", null },
        { "q: x # comment", null },
        { "q: [a, [b]]", null },
        { "q: [a, b,]", null },
        { "q: |\n  text", null },
        { "q:\n  child: 1", null },
        { "q:\n  - a\n    - b", null },
        { "q: a\n  continued", null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Reads_the_simple_shapes_and_declines_the_rest(string raw, string? expected)
    {
        var node = FrontmatterFastPath.TryRead(Entry(raw));

        Assert.Equal(expected, node is null ? null : Show(node));
        if (node is not null)
        {
            Assert.Equal(Show(YamlValue(raw)!), Show(node));
        }
    }

    [Property(MaxTest = 2000)]
    public Property A_value_read_fast_is_the_value_YamlDotNet_reads() =>
        Prop.ForAll(Arb.From(EntryGen), raw =>
        {
            var fast = FrontmatterFastPath.TryRead(Entry(raw));
            return fast is null || (YamlValue(raw) is { } slow && Show(slow) == Show(fast));
        });

    [Property(MaxTest = 500)]
    public Property Frontmatter_reads_every_key_as_YamlDotNet_alone_would() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Gen.Elements(Lines))), lines =>
        {
            var note = NoteDocument.Parse("---\n" + string.Join('\n', lines) + "\n---\nbody\n");
            var whole = Load(note.Frontmatter.Body);
            return note.Frontmatter.Keys.All(key =>
            {
                var slow = whole is not null
                    ? whole.Children.FirstOrDefault(c => c.Key is YamlScalarNode k && k.Value == key).Value
                    : YamlValue(note.Frontmatter.Find(key)!.RawText);
                return note.Frontmatter.GetString(key) == (slow is YamlScalarNode { Value: { Length: > 0 } v } ? v : null)
                    && string.Join('|', note.Frontmatter.GetList(key)) == string.Join('|', ListOf(slow));
            });
        });

    private static Gen<string> ValueGen =>
        from pieces in Gen.ListOf(Gen.Elements(Pieces))
        select string.Concat(pieces);

    private static Gen<string> EntryGen => Gen.OneOf(
        ValueGen.Select(v => "k: " + v),
        ValueGen.Select(v => "k: \"" + v + "\""),
        ValueGen.Select(v => "k: '" + v + "'"),
        Gen.ListOf(ValueGen).Select(vs => "k: [" + string.Join(", ", vs) + "]"),
        Gen.ListOf(ValueGen).Select(vs => "k: [" + string.Join(", ", vs.Select(v => "\"" + v + "\"")) + "]"),
        Gen.NonEmptyListOf(ValueGen).Select(vs => "k:" + string.Concat(vs.Select(v => "\n  - " + v))),
        Gen.NonEmptyListOf(ValueGen).Select(vs => "k:" + string.Concat(vs.Select(v => "\n- '" + v + "'"))));

    private static FrontmatterEntry Entry(string raw) => new(raw[..raw.IndexOf(':')], 2, raw.Split('\n').Length, raw);

    private static YamlNode? YamlValue(string raw) => Load(raw + "\n")?.Children.Values.FirstOrDefault();

    private static YamlMappingNode? Load(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static IEnumerable<string> ListOf(YamlNode? node) => node switch
    {
        YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(v => v.Length > 0),
        YamlScalarNode { Value: { Length: > 0 } v } => [v],
        _ => [],
    };

    private static string Show(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "<null>",
        YamlSequenceNode seq => "[" + string.Join(',', seq.Children.Select(Show)) + "]",
        _ => "<" + node.NodeType + ">",
    };
}
