using System.Text.RegularExpressions;
using Cairn.Notes;

namespace Cairn.Synthesis;

/// <summary>
/// The renderers' choice of YAML scalar for a value on one line: double-quoted (meeting notes) or plain when
/// that reads back the same (entity notes); the quoting itself is <see cref="YamlScalar"/>'s.
/// </summary>
internal static partial class YamlText
{
    /// <summary>A double-quoted scalar (the meeting note's style); line breaks become spaces.</summary>
    public static string DoubleQuoted(string? value) => YamlScalar.DoubleQuoted(OneLine(value));

    /// <summary>Plain when a plain scalar reads back as the same string, else single-quoted (the entity note's style).</summary>
    public static string Scalar(string? value)
    {
        var text = OneLine(value);
        if (SafePlain().IsMatch(text) && !LooksTyped().IsMatch(text) && !text.Contains(" #", StringComparison.Ordinal))
        {
            return text;
        }

        return YamlScalar.SingleQuoted(string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c)));
    }

    public static string OneLine(string? value) => CollapseSpace().Replace(value ?? string.Empty, " ").Trim();

    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N} _.,'()&/+-]*[\p{L}\p{N}.)]$|^[\p{L}]$")]
    private static partial Regex SafePlain();

    [GeneratedRegex("^(?i:true|false|yes|no|on|off|null|y|n)$")]
    private static partial Regex LooksTyped();

    [GeneratedRegex(@"[\s\u0085\u2028\u2029]+")]
    private static partial Regex CollapseSpace();
}
