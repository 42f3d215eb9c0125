namespace Cairn.Cli.Mcp;

/// <summary>The <c>complete_task</c> answer: the line as now written, a recurring task's next occurrence, the mirrors also ticked.</summary>
internal sealed record TaskDone(string File, int Line, string Completed, string? Next, IReadOnlyList<string> Mirrors);
