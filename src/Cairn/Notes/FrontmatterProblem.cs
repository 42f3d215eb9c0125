namespace Cairn.Notes;

/// <summary>Why a note's frontmatter does not read as properties, and the 1-based line to blame.</summary>
public sealed record FrontmatterProblem(int Line, string Message);
