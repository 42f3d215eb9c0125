namespace Cairn.Extraction;

/// <summary>A person or company the vault already has a note for, with the names it is also known by.</summary>
public sealed record KnownEntity(string Name, EntityKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<string>? EmailDomains = null);
