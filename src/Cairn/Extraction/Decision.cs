namespace Cairn.Extraction;

public sealed record Decision(string Text, Evidence Evidence);
