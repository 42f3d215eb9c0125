using Cairn.Cli.Output;

namespace Cairn.Cli.Mcp;

/// <summary>The <c>list_tasks</c> answer, each task in the shape of <c>cairn tasks --json</c>.</summary>
internal sealed record TaskList(IReadOnlyList<TaskView> Tasks);
