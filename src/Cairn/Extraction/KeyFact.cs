namespace Cairn.Extraction;

public sealed record KeyFact(string Text, Evidence Evidence);
