namespace Cairn.Extraction;

/// <summary>
/// What an extractor may know beyond the source: the vault owner, the vault's entities, and who
/// else is "us" (the organization's name, email domains and the owner's colleagues, config <c>organization:</c>).
/// </summary>
public sealed record ExtractionContext(
    string OwnerName,
    IReadOnlyList<KnownEntity> KnownEntities,
    IReadOnlyList<string>? OwnerEmailDomains = null,
    IReadOnlyList<string>? Colleagues = null,
    string? OrganizationName = null)
{
    public static ExtractionContext ForOwner(string ownerName) => new(ownerName, []);

    public OurSide Us => new(OwnerName, Colleagues ?? []);
}
