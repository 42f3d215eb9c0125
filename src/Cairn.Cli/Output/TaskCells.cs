namespace Cairn.Cli.Output;

/// <summary>What <c>cairn tasks</c> shows of one task, as text: the owner it is listed under and the table's columns.</summary>
internal sealed record TaskCells(string? Owner, string Status, string Text, string Priority, string Due, bool Overdue, string Where);
