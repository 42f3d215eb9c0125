using System.Text.Json;

namespace Cairn.Index;

/// <summary>
/// A set handed to SQLite as one parameter: a JSON array that the query reads with <c>json_each($param)</c>, so a
/// read of many ids or names is one statement whatever their number.
/// </summary>
internal static class JsonList
{
    public static string Of(IEnumerable<string> values) => JsonSerializer.Serialize(values, IndexJsonContext.Default.IEnumerableString);

    public static string Of(IEnumerable<long> values) => JsonSerializer.Serialize(values, IndexJsonContext.Default.IEnumerableInt64);
}
