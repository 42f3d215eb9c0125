using Cairn.Notes;

namespace Cairn.Queries;

/// <summary>
/// A question as <c>cairn ask</c> reads it: its intent, the entity a structured question is about
/// (<see cref="Subject"/>), every known person or company it names (they narrow the search), the words to
/// search for, and the days it is about.
/// </summary>
public sealed record AskQuestion(
    string Text,
    AskIntent Intent,
    EntityRef? Subject,
    IReadOnlyList<EntityRef> Entities,
    IReadOnlyList<string> Terms,
    DateOnly? Since,
    DateOnly? Until);
