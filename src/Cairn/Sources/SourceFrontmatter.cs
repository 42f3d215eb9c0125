using System.Globalization;
using Cairn.Notes;
using YamlDotNet.RepresentationModel;

namespace Cairn.Sources;

/// <summary>
/// YAML front matter split from a Markdown body and flattened to strings (lists joined with ", ") so it fits
/// <see cref="SourceDocument.Metadata"/>. The properties are read by <see cref="Frontmatter"/>, the one reader
/// of the note format, so a Markdown source and a vault note read the same block the same way; a block it
/// cannot read gives no values, and the text after the fences stays the body.
/// </summary>
internal static class SourceFrontmatter
{
    public sealed record Result(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, IReadOnlyList<string>> Lists, string Body);

    /// <summary>Splits text whose line endings are already "\n" (<see cref="TextDecoder"/>).</summary>
    public static Result Split(string text)
    {
        var front = NoteDocument.Parse(text).Frontmatter;
        if (!front.Exists || front.IsUnclosed)
        {
            return new Result(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyList<string>>(), text);
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in front.Keys)
        {
            if (front.GetNode(key) is not { } node)
            {
                continue;
            }

            var items = Scalars(node);
            values[key] = string.Join(", ", items);
            if (node is YamlSequenceNode)
            {
                lists[key] = items;
            }
        }

        return new Result(values, lists, After(text, front.CloseLine));
    }

    /// <summary>The text after the first <paramref name="lines"/> lines.</summary>
    private static string After(string text, int lines)
    {
        var start = 0;
        for (var i = 0; i < lines; i++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                return string.Empty;
            }

            start = end + 1;
        }

        return text[start..];
    }

    private static List<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars).ToList(),
        YamlMappingNode mapping => [mapping.Children.Count.ToString(CultureInfo.InvariantCulture) + " entries"],
        _ => [],
    };
}
