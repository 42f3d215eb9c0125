namespace Cairn.Planning;

/// <summary>
/// Everything one source will change in the vault, decided without touching the disk. It is the seam of the
/// flow: <c>--dry-run</c> prints it, tests assert on it, the committer applies it, <c>undo</c> reverts it.
/// Paths are vault-relative with '/' separators.
/// </summary>
public sealed record ChangeSet(
    string SourcePath,
    string SourceHash,
    IReadOnlyList<NoteChange> Notes,
    FileMove? Archive)
{
    /// <summary>How the key of a change set that comes from no source (an entity note's refresh, a rebuild) begins.</summary>
    public const string UnsourcedKeyPrefix = "rebuild:";
}
