using System.Text;
using System.Text.RegularExpressions;

namespace Cairn.Notes;

/// <summary>
/// The one writer of quoted YAML scalars, for notes and config alike: what it writes reads back as exactly the
/// string given, so no value (a title with <c>---</c>, a colon, a quote, a line break) can end the frontmatter or
/// add a key.
/// </summary>
public static partial class YamlScalar
{
    /// <summary>
    /// Whether a value may be written plain: it reads back as the same string, and as a string (not a boolean,
    /// null, number or date), in YAML 1.1 and 1.2 alike. An allow-list (a letter first, then letters, digits,
    /// spaces and <c>_.,'()&amp;/+-</c>, ending in a letter, digit, dot or parenthesis), so a value it has not
    /// thought of is quoted rather than misread. The renderers and the frontmatter editor both ask it, so a value
    /// is written the same way in a new note and in one Cairn edits.
    /// </summary>
    public static bool CanBePlain(string value) => SafePlain().IsMatch(value) && !LooksTyped().IsMatch(value);

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

    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N} _.,'()&/+-]*[\p{L}\p{N}.)]$|^[\p{L}]$")]
    private static partial Regex SafePlain();

    // YAML 1.1's booleans and null that start with a letter (the allow-list already keeps out numbers and dates).
    [GeneratedRegex("^(?i:true|false|yes|no|on|off|null|y|n)$")]
    private static partial Regex LooksTyped();
}
