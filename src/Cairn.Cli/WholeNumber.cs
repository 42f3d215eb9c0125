using System.CommandLine.Parsing;
using System.Globalization;

namespace Cairn.Cli;

/// <summary>
/// The parser of every numeric option: "--stale: 'abc' is not a whole number of days" instead of
/// System.CommandLine's message naming a .NET type (<c>System.Nullable`1[System.Int32]</c>).
/// </summary>
internal static class WholeNumber
{
    public static Func<ArgumentResult, int> Of(string option, string unit) => result => Parse(result, option, unit) ?? 0;

    public static Func<ArgumentResult, int?> OrNone(string option, string unit) => result => Parse(result, option, unit);

    private static int? Parse(ArgumentResult result, string option, string unit)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"{option}: '{token}' is not a whole number of {unit}");
        return null;
    }
}
