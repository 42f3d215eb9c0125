namespace Cairn.Extraction.Offline;

/// <summary>One sentence of the source with where it came from: the speaker, the time, and its turn.</summary>
internal sealed record Sentence(string Text, string Speaker, TimeSpan? Start, int Turn, int Index)
{
    public bool IsQuestion => Text.EndsWith('?');

    public Evidence ToEvidence() => new(Text, Speaker.Length == 0 ? null : Speaker, Start);
}
