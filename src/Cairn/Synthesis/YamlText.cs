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

    /// <summary>Plain when <see cref="YamlScalar.CanBePlain"/>, else single-quoted (the entity note's style).</summary>
    public static string Scalar(string? value)
    {
        var text = OneLine(value);
        return YamlScalar.CanBePlain(text) ? text : YamlScalar.SingleQuoted(string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c)));
    }

    public static string OneLine(string? value) => CollapseSpace().Replace(value ?? string.Empty, " ").Trim();

    [GeneratedRegex(@"[\s\u0085\u2028\u2029]+")]
    private static partial Regex CollapseSpace();
}
