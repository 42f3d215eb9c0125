namespace Cairn.Index;

/// <summary><c>--open</c> (to-do, in progress, unknown statuses), <c>--done</c> (done or cancelled), or <c>--all</c>.</summary>
public enum TaskStatusFilter
{
    Open,
    Done,
    All,
}
