namespace Cairn.Notes;

/// <summary>An inline <c>#tag</c> (with its <c>#</c>) on a 1-based line.</summary>
public sealed record InlineTag(string Tag, int Line);
