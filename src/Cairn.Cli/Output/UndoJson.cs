using Cairn.Commit;

namespace Cairn.Cli.Output;

/// <summary><c>cairn undo --json</c>: the run undone (null: none), whether it was, the files put back and the ones changed since that stopped it.</summary>
internal sealed record UndoJson(long? Run, bool Undone, IReadOnlyList<string> Reverted, IReadOnlyList<string> Changed)
{
    public static UndoJson From(UndoResult r) => new(r.RunId, r.Undone, r.Reverted, r.Changed);
}
