namespace Cairn.Planning;

/// <summary>
/// The full text Cairn now generates for one note. For an existing note the committer 3-way merges it with
/// the last generated text (the ledger) and the file as it is now, so human edits win.
/// </summary>
public sealed record NoteChange(string Path, string Content, NoteChangeKind Kind);
