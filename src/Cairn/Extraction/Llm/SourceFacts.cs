namespace Cairn.Extraction.Llm;

/// <summary>What the model is told beside the source: the owner, the date, the title, and the names it may use for owners.</summary>
public sealed record SourceFacts(string Owner, DateOnly Date, string Title, IReadOnlyList<string> People);
