namespace Cairn.Extraction.Offline;

/// <summary>
/// A rule's trigger phrases kept as data: one '|'-separated string of literal phrases goes into the rule's
/// pattern (a constant, so the regex stays source-generated) and into the prefilter (<see cref="TriggerIndex"/>),
/// which skips the rule for sentences that hold none of the phrases and so cannot match. One list, two uses: a
/// phrase added to the pattern cannot be missing from the prefilter (the drift #14 found in the decision rules).
/// </summary>
internal sealed class TriggerPhrases(string alternation)
{
    public IReadOnlyList<string> Phrases { get; } = alternation.Split('|');
}
