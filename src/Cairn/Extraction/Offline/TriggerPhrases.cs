using System.Buffers;

namespace Cairn.Extraction.Offline;

/// <summary>
/// A rule's trigger phrases kept as data: one '|'-separated string of literal phrases goes into the rule's
/// pattern (a constant, so the regex stays source-generated) and into its prefilter, which skips sentences that
/// hold none of the phrases and so cannot match. One list, two uses: a phrase added to the pattern cannot be
/// missing from the prefilter (the drift #14 found in the decision rules).
/// </summary>
internal sealed class TriggerPhrases
{
    private readonly SearchValues<string> any;

    public TriggerPhrases(string alternation)
    {
        var phrases = alternation.Split('|');
        Phrases = phrases;
        any = SearchValues.Create(phrases, StringComparison.OrdinalIgnoreCase);
    }

    public IReadOnlyList<string> Phrases { get; }

    /// <summary>Whether the text holds any phrase, case aside: false means the pattern cannot match.</summary>
    public bool MayMatch(string text) => text.AsSpan().ContainsAny(any);
}
