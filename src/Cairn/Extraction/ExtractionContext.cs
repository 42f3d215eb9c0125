namespace Cairn.Extraction;

/// <summary>What an extractor may know beyond the source: the vault owner, the vault's entities, the meeting date.</summary>
public sealed record ExtractionContext(
    string OwnerName,
    IReadOnlyList<KnownEntity> KnownEntities,
    DateOnly? MeetingDate = null,
    IReadOnlyList<string>? OwnerEmailDomains = null)
{
    public static ExtractionContext ForOwner(string ownerName) => new(ownerName, []);
}
