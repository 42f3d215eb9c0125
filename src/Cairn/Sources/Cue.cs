namespace Cairn.Sources;

/// <summary>One timed caption block of a VTT or SRT file, before cues become utterances.</summary>
internal sealed record Cue(string? Identifier, TimeSpan Start, string Speaker, string Text);
