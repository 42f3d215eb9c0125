namespace Cairn.Extraction.Offline;

/// <summary>One sentence of the source with where it came from: the speaker, the time, and its turn.</summary>
internal sealed record Sentence(string Text, string Speaker, TimeSpan? Start, int Turn, int Index)
{
    /// <summary>How the notes mark the item this sentence opens (<see cref="ListMark.None"/> for any later sentence of it).</summary>
    public ListMark Mark { get; init; }

    /// <summary>Whether the item sits under an action heading of written notes ("## Next steps").</summary>
    public bool UnderActionHeading { get; init; }

    public bool IsQuestion => Text.EndsWith('?');

    public Evidence ToEvidence() => new(Text, Speaker.Length == 0 ? null : Speaker, Start);
}
