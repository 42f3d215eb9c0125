namespace Cairn.Notes;

/// <summary>The fields of a task line that carry a value which can be malformed.</summary>
public enum TaskField
{
    Created,
    Start,
    Scheduled,
    Due,
    Cancelled,
    Done,
    Recurrence,
    OnCompletion,
}
