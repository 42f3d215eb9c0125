namespace Cairn.Index;

/// <summary>One line of a section the daily views read (decisions, key information, facts, topics), without its bullet.</summary>
public sealed record NoteItem(string Section, int Line, string Text);
