using System.Globalization;
using System.Text.Json;

namespace Cairn.Sources;

/// <summary>
/// JSON transcript exports, found by shape rather than by vendor: the first array (at the top or a few levels
/// down) whose objects carry a speaker and a text, such as Fireflies' <c>sentences</c> (<c>speaker_name</c>,
/// <c>text</c>, <c>start_time</c>) or a plain list of <c>{speaker, text, start}</c>. Title, date and
/// attendees come from the object that holds the array.
/// </summary>
internal static class JsonTranscriptReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static SourceReadResult Read(string fileName, string text)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            return SourceReadResult.Fail(fileName, $"malformed JSON ({ex.Message.Split('.')[0]})");
        }

        using (json)
        {
            if (FindTurns(json.RootElement, null, 0) is not var (turns, owner))
            {
                return SourceReadResult.Fail(fileName, "no transcript in this JSON: expected a list of objects with a speaker and a text");
            }

            var utterances = new List<Utterance>();
            foreach (var item in turns.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && JsonFields.Text(item) is { Length: > 0 } words)
                {
                    utterances.Add(new Utterance(JsonFields.Speaker(item), JsonFields.Start(item), words));
                }
            }

            if (utterances.Count == 0)
            {
                return SourceReadResult.Fail(fileName, "the JSON transcript has no text");
            }

            var header = owner is { } o ? JsonFields.Header(o, utterances) : SourceHeader.Empty;
            var layout = turns.EnumerateArray().Any(i => i.ValueKind == JsonValueKind.Object && i.TryGetProperty("speaker_name", out _)) ? "fireflies" : "utterances";
            var metadata = new Dictionary<string, string>
            {
                ["layout"] = layout,
                ["segments"] = utterances.Count.ToString(CultureInfo.InvariantCulture),
            };
            if (owner is { } holder)
            {
                JsonFields.CopySummary(holder, metadata);
            }

            return SourceReadResult.Ok(DocumentAssembly.Transcript(fileName, $"json/{layout}", header, utterances, metadata));
        }
    }

    /// <summary>Breadth-first, a few levels deep: the array of turns and the object that holds it.</summary>
    private static (JsonElement Turns, JsonElement? Owner)? FindTurns(JsonElement element, JsonElement? owner, int depth)
    {
        if (depth > 5)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            return IsTurnList(element) ? (element, owner) : null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && IsTurnList(property.Value))
            {
                return (property.Value, element);
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && FindTurns(property.Value, element, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool IsTurnList(JsonElement array)
    {
        int objects = 0, turns = 0;
        foreach (var item in array.EnumerateArray().Take(50))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            objects++;
            if (JsonFields.HasSpeaker(item) && JsonFields.Text(item) is not null)
            {
                turns++;
            }
        }

        return objects > 0 && turns * 2 >= objects;
    }
}
