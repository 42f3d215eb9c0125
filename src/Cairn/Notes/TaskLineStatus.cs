namespace Cairn.Notes;

/// <summary>The Tasks plugin's default status types; any other status character is <see cref="Unknown"/> (a kind of to-do).</summary>
public enum TaskLineStatus
{
    Todo,
    Done,
    InProgress,
    Cancelled,
    Unknown,
}
