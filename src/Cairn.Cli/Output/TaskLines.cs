using System.Text;

namespace Cairn.Cli.Output;

/// <summary>
/// <c>cairn tasks</c> for a list too long to lay out as tables: one line per task, the columns aligned across every
/// owner, the task's text last so no long text pushes the other columns apart; as easy to grep or cut. Spectre lays a
/// table out whole, measuring every cell: 100,000 tasks took 31 s as tables of 1,000 rows (docs/benchmarks.md).
/// </summary>
internal sealed class TaskLines(IReadOnlyList<TaskCells> rows)
{
    /// <summary>A column is padded to its widest cell, up to this many characters (a longer cell shifts that line only).</summary>
    private const int MaxWidth = 40;

    private readonly int status = Width("status", rows, r => r.Status);
    private readonly int priority = Width("priority", rows, r => r.Priority);
    private readonly int due = Width("due", rows, r => r.Due);
    private readonly int where = Width("where", rows, r => r.Where);

    /// <summary>A header line, then a line per task.</summary>
    public void Write(TextWriter output, IEnumerable<TaskCells> group)
    {
        var line = new StringBuilder();
        output.WriteLine(Line(line, "status", "priority", "due", "where", "task"));
        foreach (var row in group)
        {
            output.WriteLine(Line(line, row.Status, row.Priority, row.Due, row.Where, row.Text));
        }
    }

    private StringBuilder Line(StringBuilder line, string statusText, string priorityText, string dueText, string whereText, string text) =>
        line.Clear()
            .Append(statusText.PadRight(status)).Append("  ")
            .Append(priorityText.PadRight(priority)).Append("  ")
            .Append(dueText.PadRight(due)).Append("  ")
            .Append(whereText.PadRight(where)).Append("  ")
            .Append(text);

    private static int Width(string header, IReadOnlyList<TaskCells> rows, Func<TaskCells, string> cell) =>
        Math.Min(MaxWidth, Math.Max(header.Length, rows.Max(r => cell(r).Length)));
}
