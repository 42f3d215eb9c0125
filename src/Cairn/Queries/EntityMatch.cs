using Cairn.Notes;

namespace Cairn.Queries;

/// <summary>What a name given on the command line resolved to: the entity, or none and the closest names.</summary>
public sealed record EntityMatch(EntityRef? Entity, IReadOnlyList<string> Suggestions);
