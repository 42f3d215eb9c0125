using Cairn.Synthesis;

namespace Cairn.Planning;

/// <summary>An entity note a plan touches: where it lives, who it is about, and whether the file exists yet.</summary>
public sealed record PlannedEntity(string Path, EntitySubject Subject, bool Exists);
