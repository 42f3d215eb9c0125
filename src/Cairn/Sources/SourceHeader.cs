namespace Cairn.Sources;

/// <summary>What a transcript's header block says about the meeting, each part optional.</summary>
internal sealed record SourceHeader(string? Title = null, DateOnly? Date = null, IReadOnlyList<Participant>? Participants = null)
{
    public static SourceHeader Empty { get; } = new();
}
