using System.Text;

namespace Cairn.Cli.Output;

/// <summary>
/// A list too long to lay out as a table, written as one line per row: every column but the last padded to its
/// widest cell across all the rows (so groups written one after another line up), the last column unpadded so no long
/// text pushes the others apart; as easy to grep or cut. Spectre lays a table out whole, measuring every cell: 100,000
/// tasks took 31 s as tables of 1,000 rows, and 2,000 people ~0.2 s more than their JSON (docs/benchmarks.md).
/// </summary>
internal sealed class PlainColumns
{
    /// <summary>The longest list <c>tasks</c> and <c>people</c> still lay out as a table.</summary>
    public const int TableRows = 1000;

    /// <summary>A column is padded to its widest cell, up to this many characters (a longer cell shifts that line only).</summary>
    private const int MaxWidth = 40;

    private readonly IReadOnlyList<string> headers;
    private readonly int[] widths;

    /// <param name="headers">The columns' names, the header line.</param>
    /// <param name="rows">Every row that will be written, for the widths.</param>
    public PlainColumns(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        this.headers = headers;
        widths = [.. headers.Select((header, i) => Math.Min(MaxWidth, rows.Select(r => r[i].Length).Append(header.Length).Max()))];
    }

    /// <summary>The header line, then a line per row.</summary>
    public void Write(TextWriter output, IEnumerable<IReadOnlyList<string>> rows)
    {
        var line = new StringBuilder();
        output.WriteLine(Line(line, headers));
        foreach (var row in rows)
        {
            output.WriteLine(Line(line, row));
        }
    }

    private StringBuilder Line(StringBuilder line, IReadOnlyList<string> cells)
    {
        line.Clear();
        for (var i = 0; i < cells.Count - 1; i++)
        {
            line.Append(cells[i].PadRight(widths[i])).Append("  ");
        }

        return line.Append(cells[^1]);
    }
}
