using System.Globalization;
using System.Text.Json;

namespace Cairn.Sources;

/// <summary>The field names transcript exports use for speaker, text, start, title, date and attendees.</summary>
internal static class JsonFields
{
    private static readonly string[] SpeakerKeys = ["speaker_name", "speakerName", "speaker", "name", "participant", "user", "author", "from"];
    private static readonly string[] TextKeys = ["text", "content", "spokenText", "sentence", "transcript", "raw_text", "message", "words"];
    private static readonly string[] StartKeys = ["start_time", "startTime", "start", "start_seconds", "offset", "timestamp", "time"];
    private static readonly string[] TitleKeys = ["title", "topic", "subject", "meeting_title", "name"];
    private static readonly string[] DateKeys = ["dateString", "date", "start_time", "startTime", "created_at", "createdAt", "meeting_date"];

    public static bool HasSpeaker(JsonElement item) => SpeakerKeys.Any(k => item.TryGetProperty(k, out _));

    public static string? Text(JsonElement item)
    {
        foreach (var key in TextKeys)
        {
            if (item.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return CueText.Flatten(value.GetString()!);
            }
        }

        return null;
    }

    public static string Speaker(JsonElement item)
    {
        foreach (var key in SpeakerKeys)
        {
            if (!item.TryGetProperty(key, out var value))
            {
                continue;
            }

            var name = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => $"Speaker {value.GetRawText()}",
                JsonValueKind.Object => String(value, "name") ?? String(value, "displayName") ?? String(value, "diarization_label") ?? String(value, "source"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name))
            {
                return SpeakerNames.Clean(name);
            }
        }

        return SpeakerNames.Unknown;
    }

    public static TimeSpan? Start(JsonElement item)
    {
        foreach (var key in StartKeys)
        {
            if (!item.TryGetProperty(key, out var value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds) && seconds is >= -86400 and < 864000 && double.IsFinite(seconds))
            {
                return TimeSpan.FromSeconds(Math.Round(seconds, 3));
            }

            if (value.ValueKind == JsonValueKind.String && Timestamps.TryParse(value.GetString(), out var clock))
            {
                return clock;
            }
        }

        return null;
    }

    public static SourceHeader Header(JsonElement owner, IReadOnlyList<Utterance> utterances)
    {
        var title = TitleKeys.Select(k => String(owner, k)).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        DateOnly? date = null;
        foreach (var key in DateKeys)
        {
            if (owner.TryGetProperty(key, out var value) && DateOf(value) is { } d)
            {
                date = d;
                break;
            }
        }

        var speakers = DocumentAssembly.DistinctSpeakers(utterances);
        var emails = Attendees(owner);
        var participants = speakers.Select(p => emails.TryGetValue(p.Name, out var email) ? p with { Email = email } : p).ToList();
        return new SourceHeader(title, date, participants);
    }

    /// <summary>Fireflies' summary travels along: the extractor may use it, the reader does not interpret it.</summary>
    public static void CopySummary(JsonElement owner, Dictionary<string, string> metadata)
    {
        if (owner.TryGetProperty("summary", out var summary) && summary.ValueKind == JsonValueKind.Object)
        {
            foreach (var key in new[] { "overview", "action_items", "short_summary" })
            {
                if (String(summary, key) is { Length: > 0 } value)
                {
                    metadata[$"summary_{key}"] = value;
                }
            }
        }
    }

    private static Dictionary<string, string> Attendees(JsonElement owner)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in new[] { "meeting_attendees", "attendees", "participants" })
        {
            if (!owner.TryGetProperty(key, out var list) || list.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var person in list.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object))
            {
                var name = String(person, "displayName") ?? String(person, "name") ?? String(person, "speaker");
                if (name is not null && String(person, "email") is { } email)
                {
                    result.TryAdd(SpeakerNames.Clean(name), email);
                }
            }
        }

        return result;
    }

    private static DateOnly? DateOf(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var epoch) && epoch > 0)
        {
            // Fireflies writes epoch milliseconds; ten-digit values are seconds.
            var ms = epoch < 100_000_000_000 ? epoch * 1000 : epoch;
            return ms < 253_402_300_799_000 ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime) : null;
        }

        return value.ValueKind == JsonValueKind.String && DateText.TryFind(value.GetString()!, out var date) ? date : null;
    }

    private static string? String(JsonElement owner, string key) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
