using Cairn.Synthesis;

namespace Cairn.Queries;

/// <summary>
/// What <c>cairn ask</c> found: the question as read, the answer (structured when the question is one of the
/// structured kinds, else the best passage), the passages numbered from 1 in the order shown (grouped by meeting,
/// newest first; the answer's <c>[n]</c> point into them), the tasks a question of what is owed lists, and the
/// last contact a question of when we last met found.
/// </summary>
public sealed record AskResult(
    AskQuestion Question,
    string Answer,
    IReadOnlyList<AskPassage> Passages,
    IReadOnlyList<BriefTask> Tasks,
    string? LastContact);
