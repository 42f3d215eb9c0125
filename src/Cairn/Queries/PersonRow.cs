namespace Cairn.Queries;

/// <summary>One line of <c>cairn people</c>: name, note, last contact (the later of the note's and its newest meeting's), meeting count, open tasks owned.</summary>
public sealed record PersonRow(string Name, string Path, string? LastContact, int Meetings, int OpenTasks);
