using Cairn.Notes;

namespace Cairn.Synthesis;

/// <summary>
/// <c>cairn brief</c>: what to know before meeting a person or an account. Days since the last contact are
/// counted to the day the brief was made; lists are newest first.
/// </summary>
public sealed record Brief(
    EntityRef Subject,
    DateOnly Today,
    string? LastContact,
    int? DaysSince,
    IReadOnlyList<MeetingRef> Meetings,
    IReadOnlyList<BriefTask> TheyOwe,
    IReadOnlyList<BriefTask> WeOwe,
    IReadOnlyList<MeetingItem> KeyFacts,
    IReadOnlyList<MeetingItem> Decisions,
    IReadOnlyList<MeetingItem> OpenQuestions,
    IReadOnlyList<string> Topics);
