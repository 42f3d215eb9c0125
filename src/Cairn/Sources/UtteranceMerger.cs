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

    /// <summary>
    /// Subtitle tools that keep speakers often name one only when the turn changes ("Dana Kerr: I will send the plan
    /// to legal", then "by Friday."): the unnamed cues after a named one are that speaker's. A file that names one
    /// speaker on two cues in a row names every cue, so there an unnamed cue stays unknown; so does every cue of a file
    /// that names no one. Not for Zoom's WebVTT, where a cue without a name is a speaker Zoom could not identify.
    /// </summary>
    public static IReadOnlyList<Utterance> ContinueTurns(IReadOnlyList<Utterance> cues)
    {
        var namesEveryCue = cues.Zip(cues.Skip(1)).Any(pair => !SpeakerNames.IsAnonymous(pair.First.Speaker) && pair.First.Speaker == pair.Second.Speaker);
        if (namesEveryCue)
        {
            return cues;
        }

        string? speaker = null;
        var continued = new List<Utterance>(cues.Count);
        foreach (var cue in cues)
        {
            var unnamed = SpeakerNames.IsAnonymous(cue.Speaker);
            speaker = unnamed ? speaker : cue.Speaker;
            continued.Add(unnamed && speaker is not null ? cue with { Speaker = speaker } : cue);
        }

        return continued;
    }

    public static string Join(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : $"{first} {second}";
}
