using System.Text;

namespace Cairn.Notes;

/// <summary>
/// The one writer of quoted YAML scalars, for notes and config alike: what it writes reads back as exactly the
/// string given, so no value (a title with <c>---</c>, a colon, a quote, a line break) can end the frontmatter or
/// add a key.
/// </summary>
public static class YamlScalar
{
    /// <summary>A double-quoted scalar: quotes and backslashes escaped, line breaks and tabs as <c>\n</c>, <c>\r</c>, <c>\t</c>, any other control character as <c>\uXXXX</c>.</summary>
    public static string DoubleQuoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                _ when char.IsControl(c) => text.Append($"\\u{(int)c:x4}"),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }

    /// <summary>A single-quoted scalar (quotes doubled): for one line of text, since YAML folds a line break inside it.</summary>
    public static string SingleQuoted(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
