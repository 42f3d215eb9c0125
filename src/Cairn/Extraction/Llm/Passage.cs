namespace Cairn.Extraction.Llm;

/// <summary>One unit of a source the model reads and a quote is looked up in: an utterance, or a paragraph of an email or note.</summary>
public sealed record Passage(string Speaker, TimeSpan? Start, string Text);
