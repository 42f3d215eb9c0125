using Cairn.Extraction;

namespace Cairn.Vault;

/// <summary>
/// Who "us" is (config <c>organization:</c>): the owner's organization, its email domains and the colleagues who
/// attend customer calls with the owner. Colleagues are never a customer's people and never an account.
/// </summary>
public sealed record Organization(string? Name, IReadOnlyList<string> Domains, IReadOnlyList<string> Colleagues)
{
    public static Organization None { get; } = new(null, [], []);

    /// <summary>What the extractor is told of "us": the domains, the colleagues and the organization's name.</summary>
    public ExtractionContext Inform(ExtractionContext context) =>
        context with { OwnerEmailDomains = [.. context.OwnerEmailDomains ?? [], .. Domains], Colleagues = Colleagues, OrganizationName = Name };

    /// <summary>The owner and the colleagues.</summary>
    public OurSide Us(string owner) => new(owner, Colleagues);
}
