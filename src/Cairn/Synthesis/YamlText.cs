using System.Text;
using System.Text.RegularExpressions;

namespace Cairn.Synthesis;

/// <summary>
/// Writes YAML scalars that read back as the exact string given, whatever it holds: a title with <c>---</c>,
/// a colon, a quote or a newline cannot end the frontmatter or add a key.
/// </summary>
internal static partial class YamlText
{
    /// <summary>A double-quoted scalar (the meeting note's style); line breaks become spaces.</summary>
    public static string DoubleQuoted(string? value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in OneLine(value))
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append($"\\u{(int)c:x4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Plain when a plain scalar reads back as the same string, else single-quoted (the entity note's style).</summary>
    public static string Scalar(string? value)
    {
        var text = OneLine(value);
        if (SafePlain().IsMatch(text) && !LooksTyped().IsMatch(text) && !text.Contains(" #", StringComparison.Ordinal))
        {
            return text;
        }

        var quoted = new StringBuilder("'");
        foreach (var c in text)
        {
            quoted.Append(c == '\'' ? "''" : char.IsControl(c) ? " " : c.ToString());
        }

        return quoted.Append('\'').ToString();
    }

    public static string OneLine(string? value) => CollapseSpace().Replace(value ?? string.Empty, " ").Trim();

    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N} _.,'()&/+-]*[\p{L}\p{N}.)]$|^[\p{L}]$")]
    private static partial Regex SafePlain();

    [GeneratedRegex("^(?i:true|false|yes|no|on|off|null|y|n)$")]
    private static partial Regex LooksTyped();

    [GeneratedRegex(@"[\s\u0085\u2028\u2029]+")]
    private static partial Regex CollapseSpace();
}
