using Cairn.Synthesis;

namespace Cairn.Planning;

/// <summary>An entity note a plan touches: where it lives and who it is about.</summary>
public sealed record PlannedEntity(string Path, EntitySubject Subject);
