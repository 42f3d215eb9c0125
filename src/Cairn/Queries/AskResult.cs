using Cairn.Synthesis;

namespace Cairn.Queries;

/// <summary>
/// What <c>cairn ask</c> found: the question as read, the answer (structured when the question is one of the
/// structured kinds, else the best passage), the passages numbered from 1 in the order shown (grouped by meeting,
/// newest first; the answer's <c>[n]</c> point into them), and the structured data it came from.
/// </summary>
public sealed record AskResult(
    AskQuestion Question,
    string Answer,
    IReadOnlyList<AskPassage> Passages,
    IReadOnlyList<BriefTask> Tasks,
    string? LastContact,
    IReadOnlyList<MeetingItem> Decisions)
{
    /// <summary>The number a passage is cited by.</summary>
    public int Number(AskPassage passage) => Passages.ToList().IndexOf(passage) + 1;
}
