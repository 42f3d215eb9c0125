using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Cairn.Cli.Output;

/// <summary>
/// The one place JSON is written: snake_case, enums as strings, dates as YYYY-MM-DD (the shapes and their
/// settings are <see cref="CliJsonContext"/>'s). Non-ASCII text is written as itself, not escaped.
/// </summary>
public static class JsonOutput
{
    /// <summary>The settings every shape is written with (the MCP server's serializer starts from them).</summary>
    public static JsonSerializerOptions Options => CliJsonContext.Default.Options;

    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    internal static void Write<T>(TextWriter writer, T value, JsonTypeInfo<T> shape)
    {
        writer.WriteLine(Text(value, shape, indented: true));
    }

    /// <summary>Writes <paramref name="value"/> on a single line (JSON Lines).</summary>
    internal static void WriteLine<T>(TextWriter writer, T value, JsonTypeInfo<T> shape)
    {
        writer.WriteLine(Text(value, shape, indented: false));
    }

    // The writer, not the options, says indented or one line and how text is escaped: one generated shape serves both.
    private static string Text<T>(T value, JsonTypeInfo<T> shape, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = Encoder }))
        {
            JsonSerializer.Serialize(json, value, shape);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
