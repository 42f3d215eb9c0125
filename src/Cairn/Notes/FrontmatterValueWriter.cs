using System.Text.RegularExpressions;

namespace Cairn.Notes;

/// <summary>Writes frontmatter values in the style the note already uses (the reference notes use both).</summary>
internal static partial class FrontmatterValueWriter
{
    public static QuoteStyle StyleOf(string inlineValue) => inlineValue switch
    {
        _ when inlineValue.StartsWith('"') => QuoteStyle.Double,
        _ when inlineValue.StartsWith('\'') => QuoteStyle.Single,
        _ => QuoteStyle.Plain,
    };

    public static string KeyLine(string key, string? value, QuoteStyle style) =>
        value is null ? $"{Key(key)}:" : $"{Key(key)}: {Scalar(value, style)}";

    public static IReadOnlyList<string> BlockList(string key, IReadOnlyList<string> values, string itemPrefix, QuoteStyle style)
    {
        if (values.Count == 0)
        {
            return [$"{Key(key)}: []"];
        }

        return [$"{Key(key)}:", .. values.Select(v => itemPrefix + Scalar(v, style))];
    }

    /// <summary>Rewrites a list keeping its layout: flow (<c>[a, b]</c>) stays flow, block keeps its item indent and quotes.</summary>
    public static IReadOnlyList<string> ListLike(FrontmatterEntry existing, IReadOnlyList<string> values)
    {
        var inline = existing.InlineValue;
        if (inline.StartsWith('['))
        {
            var style = StyleOf(inline[1..].TrimStart());
            return [$"{Key(existing.Key)}: [{string.Join(", ", values.Select(v => Scalar(v, style)))}]"];
        }

        var lines = existing.RawText.Split('\n');
        var item = lines.Skip(1).Select(l => ItemRegex().Match(l)).FirstOrDefault(m => m.Success);
        var prefix = item?.Groups[1].Value ?? "  - ";
        var itemStyle = item is null ? QuoteStyle.Plain : StyleOf(item.Groups[2].Value);
        return BlockList(existing.Key, values, prefix, itemStyle);
    }

    public static string Scalar(string value, QuoteStyle style) => style switch
    {
        QuoteStyle.Double => YamlScalar.DoubleQuoted(value),
        QuoteStyle.Single => YamlScalar.SingleQuoted(value),
        _ when !YamlScalar.CanBePlain(value) => value.Contains('\n') || value.Contains('\'') ? YamlScalar.DoubleQuoted(value) : YamlScalar.SingleQuoted(value),
        _ => value,
    };

    private static string Key(string key) => PlainKeyRegex().IsMatch(key) ? key : YamlScalar.DoubleQuoted(key);

    [GeneratedRegex(@"^([ \t]*-[ \t]+)(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemRegex();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_ .\-/]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainKeyRegex();
}
