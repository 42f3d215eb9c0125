namespace Cairn.Index;

/// <summary>How far a refresh is: notes read and written so far out of those it found changed or new.</summary>
public readonly record struct IndexProgress(int Done, int Total);
