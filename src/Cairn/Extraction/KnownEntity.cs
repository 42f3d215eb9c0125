namespace Cairn.Extraction;

/// <summary>
/// A person or company the vault already has a note for, with the names it is also known by. A person's
/// <paramref name="Company"/> (when the vault knows it) tells the extractor which side of a meeting they are on.
/// </summary>
public sealed record KnownEntity(string Name, EntityKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<string>? EmailDomains = null, string? Company = null);
