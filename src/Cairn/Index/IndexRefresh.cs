namespace Cairn.Index;

/// <summary>
/// What one refresh changed: notes added, updated (content changed), removed, renamed (a removed and an
/// added note with the same content), touched (stamp changed, content the same), how many notes the index
/// holds, how long it took, and whether the index was built from nothing (first run, rebuild, or recovery).
/// </summary>
public sealed record IndexRefresh(int Added, int Updated, int Removed, int Renamed, int Touched, int Total, TimeSpan Elapsed, bool Rebuilt)
{
    public bool Changed => Added + Updated + Removed > 0;

    /// <summary>Notes read in this refresh that were over <see cref="Vault.RegularFile.NoteLimit"/>: indexed by name only, their text unread.</summary>
    public IReadOnlyList<string> TooLarge { get; init; } = [];
}
