namespace Cairn.Queries;

/// <summary>What <c>cairn brief --write</c> did: the brief note's path, whether its bytes changed, whether the entity note gained the link.</summary>
public sealed record BriefWrite(string Path, bool Written, bool Linked);
