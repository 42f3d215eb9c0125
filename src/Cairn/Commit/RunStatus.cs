namespace Cairn.Commit;

/// <summary>A run's status in the journal.</summary>
public enum RunStatus
{
    /// <summary>Started and not finished: after a crash, the next run's recovery rolls back its pending work.</summary>
    Running,
    Committed,

    /// <summary>Found running by a later process; its unfinished sources were rolled back.</summary>
    Interrupted,
    Undoing,
    Undone,
}
