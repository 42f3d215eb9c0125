using System.Globalization;

namespace Cairn.Sources;

/// <summary>
/// SubRip: a sequence number, <c>HH:MM:SS,mmm --&gt; HH:MM:SS,mmm</c>, text lines, a blank line. Speakers, when
/// a tool kept them, are a <c>Name: </c> prefix, on every cue or only where the turn changes; consecutive cues of one
/// speaker become one utterance.
/// </summary>
internal static class SrtReader
{
    public static SourceReadResult Read(string fileName, string text)
    {
        var cues = new List<Utterance>();
        foreach (var block in CaptionBlocks.Split(text))
        {
            var timingIndex = block[0].Contains("-->", StringComparison.Ordinal) ? 0 : block.Count > 1 && block[1].Contains("-->", StringComparison.Ordinal) ? 1 : -1;
            if (timingIndex < 0)
            {
                continue;
            }

            if (!CaptionBlocks.TryParseTiming(block[timingIndex], out var start))
            {
                return SourceReadResult.Fail(fileName, $"malformed cue timing '{Shorten(block[timingIndex])}'");
            }

            var (speaker, words) = CueText.Split(string.Join('\n', block.Skip(timingIndex + 1)));
            if (words.Length > 0)
            {
                cues.Add(new Utterance(speaker, start, words));
            }
        }

        if (cues.Count == 0)
        {
            return SourceReadResult.Fail(fileName, "no subtitle cues found (expected 'HH:MM:SS,mmm --> HH:MM:SS,mmm' lines)");
        }

        var metadata = new Dictionary<string, string>
        {
            ["layout"] = "subrip",
            ["segments"] = cues.Count.ToString(CultureInfo.InvariantCulture),
        };
        return SourceReadResult.Ok(DocumentAssembly.Transcript(fileName, "srt", SourceHeader.Empty, UtteranceMerger.MergeConsecutive(UtteranceMerger.ContinueTurns(cues)), metadata));
    }

    private static string Shorten(string line) => line.Length > 60 ? line[..60] + "…" : line.Trim();
}
