namespace Cairn.Sources;

/// <summary>
/// Caption formats cut one turn into display-sized cues; a turn is the run of consecutive cues of one speaker.
/// Cues without a speaker are left alone: merging them would turn a speakerless file into one utterance.
/// </summary>
internal static class UtteranceMerger
{
    public static List<Utterance> MergeConsecutive(IReadOnlyList<Utterance> cues)
    {
        var merged = new List<Utterance>(cues.Count);
        foreach (var cue in cues)
        {
            if (merged.Count > 0 && merged[^1] is { } last && !SpeakerNames.IsAnonymous(cue.Speaker)
                && string.Equals(last.Speaker, cue.Speaker, StringComparison.Ordinal))
            {
                merged[^1] = last with { Text = Join(last.Text, cue.Text) };
            }
            else
            {
                merged.Add(cue);
            }
        }

        return merged;
    }

    public static string Join(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : $"{first} {second}";
}
