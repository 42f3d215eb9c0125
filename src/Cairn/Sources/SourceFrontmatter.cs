using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cairn.Sources;

/// <summary>
/// YAML front matter split from a Markdown body and flattened to strings (lists joined with ", ") so it fits
/// <see cref="SourceDocument.Metadata"/>. Malformed YAML is no front matter: the text stays the body.
/// (Notes.Frontmatter is the lossless, editable model of a vault note; a source only needs its values flattened.)
/// </summary>
internal static class SourceFrontmatter
{
    public sealed record Result(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, IReadOnlyList<string>> Lists, string Body);

    public static Result Split(string text)
    {
        var empty = new Result(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyList<string>>(), text);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return empty;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return empty;
        }

        var afterFence = text.IndexOf('\n', end + 4);
        var body = afterFence < 0 ? string.Empty : text[(afterFence + 1)..];
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text[4..end]));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                return empty with { Body = body };
            }

            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var (keyNode, valueNode) in map.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { } key })
                {
                    continue;
                }

                var items = Scalars(valueNode);
                values[key] = string.Join(", ", items);
                if (valueNode is YamlSequenceNode)
                {
                    lists[key] = items;
                }
            }

            return new Result(values, lists, body);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet reports some malformed documents as InvalidOperationException.
            return empty;
        }
    }

    private static List<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars).ToList(),
        YamlMappingNode mapping => [mapping.Children.Count.ToString(CultureInfo.InvariantCulture) + " entries"],
        _ => [],
    };
}
