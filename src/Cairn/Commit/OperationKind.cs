namespace Cairn.Commit;

/// <summary>What one journaled file operation did.</summary>
public enum OperationKind
{
    /// <summary>A file that did not exist was written.</summary>
    Create,

    /// <summary>An existing file was rewritten; its prior bytes are journaled.</summary>
    Update,

    /// <summary>A file was moved (archive or <c>_failed/</c>); the prior path is journaled.</summary>
    Move,
}
