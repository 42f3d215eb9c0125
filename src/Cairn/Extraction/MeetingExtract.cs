namespace Cairn.Extraction;

/// <summary>What an extractor takes from one source. Every item carries its evidence.</summary>
public sealed record MeetingExtract(
    string Title,
    MeetingType Type,
    string? Account,
    DateOnly Date,
    IReadOnlyList<string> Participants,
    string Summary,
    IReadOnlyList<ActionItem> ActionItems,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<KeyFact> KeyFacts,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<string> Topics)
{
    /// <summary>What made this extract (null: the offline extractor, as before the field existed).</summary>
    public ExtractionOrigin? Origin { get; init; }
}
