namespace Cairn.Extraction.Offline;

/// <summary>One item of written notes: a paragraph or one list item, how it is marked, and whether it sits under an action heading.</summary>
internal sealed record NoteBlock(string Text, ListMark Mark, bool UnderActionHeading);
