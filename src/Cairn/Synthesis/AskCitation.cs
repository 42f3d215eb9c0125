namespace Cairn.Synthesis;

/// <summary>A source an answer cites: its number (<c>[n]</c> in the answer) and the passage.</summary>
public sealed record AskCitation(int N, AskPassage Passage);
