namespace Cairn.Commit;

/// <summary>
/// Where a journaled operation stands. It is recorded <see cref="Pending"/> before the disk is touched and
/// becomes <see cref="Done"/> in the same transaction that marks its source processed.
/// </summary>
public enum OperationState
{
    Pending,
    Done,
    RolledBack,
    Undone,
}
