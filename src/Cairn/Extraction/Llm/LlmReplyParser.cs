using System.Text.Json;

namespace Cairn.Extraction.Llm;

/// <summary>
/// Turns a model's text into an <see cref="LlmReply"/>, or says in one sentence what was wrong with it (that
/// sentence is shown to the model on the one retry). A fenced block or words around the object are tolerated;
/// anything that is not one JSON object of the schema's shape is not.
/// </summary>
public static class LlmReplyParser
{
    public static (LlmReply? Reply, string? Error) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "the reply was empty");
        }

        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            return (null, "the reply held no JSON object");
        }

        try
        {
            var reply = JsonSerializer.Deserialize(text.AsSpan(start, end - start + 1), LlmJsonContext.Default.LlmReply);
            return reply is null ? (null, "the reply was JSON null, not an object") : (reply, null);
        }
        catch (JsonException ex)
        {
            return (null, $"the reply was not valid JSON for the schema: {FirstSentence(ex.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
