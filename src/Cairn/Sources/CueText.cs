using System.Net;
using System.Text.RegularExpressions;

namespace Cairn.Sources;

/// <summary>
/// The payload of a caption cue: the speaker from a WebVTT voice span (<c>&lt;v Name&gt;</c>, Teams) or a
/// <c>Name: </c> prefix (Zoom, SRT), and the words with markup removed and entities decoded.
/// </summary>
internal static partial class CueText
{
    public static (string Speaker, string Text) Split(string payload)
    {
        var voice = VoiceSpan().Match(payload);
        string speaker;
        string body;
        if (voice.Success)
        {
            speaker = SpeakerNames.Clean(voice.Groups["name"].Value);
            body = payload[(voice.Index + voice.Length)..];
        }
        else
        {
            speaker = string.Empty;
            body = payload;
        }

        var text = Flatten(body);
        if (speaker.Length == 0)
        {
            var prefix = NamePrefix().Match(text);
            if (prefix.Success && SpeakerNames.IsPlausible(prefix.Groups["name"].Value))
            {
                speaker = SpeakerNames.Clean(prefix.Groups["name"].Value);
                text = text[prefix.Length..].TrimStart();
            }
        }

        return (speaker.Length == 0 ? SpeakerNames.Unknown : speaker, text);
    }

    /// <summary>Tags out, entities decoded, the cue's lines joined into one line.</summary>
    public static string Flatten(string payload)
    {
        var noTags = payload.Contains('<') ? Tag().Replace(payload, string.Empty) : payload;
        var decoded = noTags.Contains('&') ? WebUtility.HtmlDecode(noTags) : noTags;
        return string.Join(' ', decoded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // <v Name>, <v.loud Name>, <v Name Surname> — the annotation runs to the closing '>'.
    [GeneratedRegex(@"<v(?:\.[\w.-]*)?[ \t]+(?<name>[^>\n]{1,200})>")]
    private static partial Regex VoiceSpan();

    [GeneratedRegex(@"</?[A-Za-z][^>\n]{0,200}>|</?[vcbiu](?:\.[\w.-]*)?>|<\d[^>\n]{0,40}>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^(?:-\s*)?(?<name>[^:\n]{1,60}?):\s")]
    private static partial Regex NamePrefix();
}
