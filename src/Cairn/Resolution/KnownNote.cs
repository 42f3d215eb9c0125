using Cairn.Extraction;

namespace Cairn.Resolution;

/// <summary>An entity note already in the vault: where it is, the stem links use, its title and aliases.</summary>
public sealed record KnownNote(string Path, string Stem, string Title, EntityKind Kind, IReadOnlyList<string> Aliases, DateOnly? Created);
