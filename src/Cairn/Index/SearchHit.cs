namespace Cairn.Index;

/// <summary>One search result: the note, its BM25 score (lower is better, as FTS5 reports it) and a snippet with matches in <c>**bold**</c>.</summary>
public sealed record SearchHit(string Path, string Title, string? Type, string? Date, string? Account, string Snippet, double Score);
