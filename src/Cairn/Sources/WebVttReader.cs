using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cairn.Sources;

/// <summary>
/// WebVTT as Teams (voice spans, <c>GUID/n-k</c> cue ids, names HTML-escaped), the Graph API (unpadded and
/// negative times) and Zoom (<c>Name: words</c>, numbered cues) write it. NOTE, STYLE and REGION blocks are
/// skipped. Teams' split cues (same <c>n</c>) become one utterance; elsewhere consecutive cues of one
/// speaker do.
/// </summary>
internal static partial class WebVttReader
{
    public static SourceReadResult Read(string fileName, string text)
    {
        var blocks = CaptionBlocks.Split(text);
        if (blocks.Count == 0 || !blocks[0][0].TrimStart('\uFEFF').StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            return SourceReadResult.Fail(fileName, "not a WebVTT file: the first line is not WEBVTT");
        }

        var cues = new List<Cue>();
        var utteranceKeys = new List<string?>();
        foreach (var block in blocks.Skip(1))
        {
            var first = block[0].Trim();
            if (first.StartsWith("NOTE", StringComparison.Ordinal) || first.StartsWith("STYLE", StringComparison.Ordinal) || first.StartsWith("REGION", StringComparison.Ordinal))
            {
                continue;
            }

            var timingIndex = block[0].Contains("-->", StringComparison.Ordinal) ? 0 : block.Count > 1 && block[1].Contains("-->", StringComparison.Ordinal) ? 1 : -1;
            if (timingIndex < 0)
            {
                continue;
            }

            if (!CaptionBlocks.TryParseTiming(block[timingIndex], out var start))
            {
                return SourceReadResult.Fail(fileName, $"malformed cue timing '{Shorten(block[timingIndex])}'");
            }

            var id = timingIndex == 1 ? first : null;
            var (speaker, words) = SplitPayload(string.Join('\n', block.Skip(timingIndex + 1)));
            if (words.Length == 0)
            {
                continue;
            }

            cues.Add(new Cue(id, start, speaker, words));
            utteranceKeys.Add(id is null ? null : TeamsCueId().Match(id) is { Success: true } m ? m.Groups["n"].Value : null);
        }

        if (cues.Count == 0)
        {
            return SourceReadResult.Fail(fileName, "the WebVTT file has no cues with text");
        }

        var teamsIds = utteranceKeys.TrueForAll(k => k is not null);
        var utterances = teamsIds ? GroupByUtteranceId(cues, utteranceKeys) : UtteranceMerger.MergeConsecutive(cues.Select(ToUtterance).ToList());
        var layout = Layout(text, cues, teamsIds);
        var metadata = new Dictionary<string, string>
        {
            ["layout"] = layout,
            ["segments"] = cues.Count.ToString(CultureInfo.InvariantCulture),
        };
        return SourceReadResult.Ok(DocumentAssembly.Transcript(fileName, $"vtt/{layout}", SourceHeader.Empty, utterances, metadata));
    }

    private static (string Speaker, string Text) SplitPayload(string payload)
    {
        var trimmed = payload.Trim();

        // Graph's metadataContent: one JSON object per cue with speakerName and spokenText.
        if (trimmed.StartsWith('{') && trimmed.EndsWith('}'))
        {
            try
            {
                using var json = JsonDocument.Parse(trimmed);
                if (json.RootElement.ValueKind == JsonValueKind.Object
                    && json.RootElement.TryGetProperty("spokenText", out var spoken) && spoken.ValueKind == JsonValueKind.String)
                {
                    var name = json.RootElement.TryGetProperty("speakerName", out var s) && s.ValueKind == JsonValueKind.String ? SpeakerNames.Clean(s.GetString()!) : string.Empty;
                    return (name.Length == 0 ? SpeakerNames.Unknown : name, CueText.Flatten(spoken.GetString()!));
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: read it as caption text.
            }
        }

        return CueText.Split(payload);
    }

    private static Utterance ToUtterance(Cue cue) => new(cue.Speaker, cue.Start, cue.Text);

    private static List<Utterance> GroupByUtteranceId(List<Cue> cues, List<string?> keys)
    {
        var result = new List<Utterance>();
        for (var i = 0; i < cues.Count; i++)
        {
            if (i > 0 && keys[i] == keys[i - 1] && cues[i].Speaker == cues[i - 1].Speaker)
            {
                result[^1] = result[^1] with { Text = UtteranceMerger.Join(result[^1].Text, cues[i].Text) };
            }
            else
            {
                result.Add(ToUtterance(cues[i]));
            }
        }

        return result;
    }

    private static string Layout(string text, List<Cue> cues, bool teamsIds) =>
        teamsIds ? "teams"
        : text.Contains("<v ", StringComparison.Ordinal) ? "teams-graph"
        : cues.Exists(c => c.Speaker != SpeakerNames.Unknown) ? "zoom"
        : "captions";

    private static string Shorten(string line) => line.Length > 60 ? line[..60] + "…" : line.Trim();

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/(?<n>\d+)-(?<k>\d+)$")]
    private static partial Regex TeamsCueId();
}
