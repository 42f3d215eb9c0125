namespace Cairn.Notes;

/// <summary>A meeting note linked to an entity: path, title, date, account and its summary.</summary>
public sealed record MeetingRef(long NoteId, string Path, string Title, string? Date, string? Account, string? Summary);
