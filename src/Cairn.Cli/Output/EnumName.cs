using System.Text.Json;

namespace Cairn.Cli.Output;

/// <summary>
/// How an enum value is named on the terminal: kebab-case lower (<c>one-on-one</c>, <c>undone</c>), the name
/// <see cref="JsonOutput"/>'s converter writes, so a table and the JSON of the same command say the same word.
/// </summary>
internal static class EnumName
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
