using Cairn.Extraction;
using Cairn.Sources;

namespace Cairn.Vault;

/// <summary>
/// The vault's settings from <c>.cairn/config.yaml</c> (see docs/vault.md). Every key is optional;
/// <see cref="Default"/> holds what an absent key means.
/// </summary>
public sealed record CairnConfig(
    string? Owner,
    VaultLayout Folders,
    IReadOnlyDictionary<string, string> Routing,
    ExtractorMode Extractor,
    LlmSettings? Llm,
    long ReaderMaxBytes)
{
    /// <summary>Who the owner is when config.yaml names nobody: every command that extracts uses this name.</summary>
    public const string DefaultOwner = "Me";

    /// <summary>The owner's organization (config <c>organization:</c>); none by default.</summary>
    public Organization Organization { get; init; } = Organization.None;

    public static CairnConfig Default { get; } =
        new(null, VaultLayout.Default, DefaultRouting(VaultLayout.Default.Meetings), ExtractorMode.Offline, null, ReaderOptions.DefaultMaxBytes);

    /// <summary>The owner's name as the extractor and the entity notes use it: <see cref="Owner"/>, else <see cref="DefaultOwner"/>.</summary>
    public string OwnerName => string.IsNullOrWhiteSpace(Owner) ? DefaultOwner : Owner;

    /// <summary>The reader limits this vault's sources are read with.</summary>
    public ReaderOptions ReaderOptions => new() { MaxBytes = ReaderMaxBytes };

    /// <summary>The routing used when the config has none, under the configured meetings folder.</summary>
    public static IReadOnlyDictionary<string, string> DefaultRouting(string meetings) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["customer"] = meetings + "/{account}",
        ["partner"] = meetings + "/{account}",
        ["internal"] = meetings + "/Internal",
        ["one-on-one"] = meetings + "/1-1",
    };

    /// <summary>The routing key of a meeting type: <c>customer</c>, <c>partner</c>, <c>internal</c>, <c>one-on-one</c>.</summary>
    public static string RoutingKey(MeetingType type) => type switch
    {
        MeetingType.OneOnOne => "one-on-one",
        _ => type.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The vault-relative folder for a meeting of <paramref name="type"/> with <paramref name="account"/>.
    /// The account goes through <see cref="SafeName"/>; with no account its segment is left out, so a customer
    /// meeting of unknown account lands in the meetings folder itself.
    /// </summary>
    public string MeetingFolder(MeetingType type, string? account)
    {
        var template = Routing.TryGetValue(RoutingKey(type), out var configured) ? configured : Folders.Meetings;
        var segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => segment.Contains("{account}", StringComparison.Ordinal)
                ? (string.IsNullOrWhiteSpace(account) ? string.Empty : SafeName.For(segment.Replace("{account}", account, StringComparison.Ordinal)))
                : SafeName.For(segment))
            .Where(segment => segment.Length > 0)
            .ToList();
        return segments.Count == 0 ? Folders.Meetings : string.Join('/', segments);
    }
}
