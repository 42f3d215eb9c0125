namespace Cairn.Commit;

/// <summary>
/// What <c>cairn undo</c> did. <see cref="Changed"/> lists the files edited since the run; when it is not empty
/// and the undo was not forced, nothing was touched.
/// </summary>
public sealed record UndoResult(long? RunId, bool Undone, IReadOnlyList<string> Reverted, IReadOnlyList<string> Changed)
{
    public static UndoResult NothingToUndo { get; } = new(null, false, [], []);
}
