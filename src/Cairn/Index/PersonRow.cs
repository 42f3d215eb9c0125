namespace Cairn.Index;

/// <summary>One line of <c>cairn people</c>: name, note, last contact (the later of the note's and the newest meeting they took part in; a mention is not a contact), meeting count, open tasks owned.</summary>
public sealed record PersonRow(string Name, string Path, string? LastContact, int Meetings, int OpenTasks);
