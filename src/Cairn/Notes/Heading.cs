namespace Cairn.Notes;

/// <summary>An ATX heading (<c>## Text</c>) on a 1-based line.</summary>
public sealed record Heading(string Text, int Level, int Line);
