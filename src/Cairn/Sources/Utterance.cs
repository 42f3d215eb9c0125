namespace Cairn.Sources;

/// <summary>One turn of speech: who spoke, when (offset from the start, if the source says), and what.</summary>
public sealed record Utterance(string Speaker, TimeSpan? Start, string Text);
