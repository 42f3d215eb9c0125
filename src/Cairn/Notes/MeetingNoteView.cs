namespace Cairn.Notes;

/// <summary>
/// A meeting note as it stands on disk, read back: what entity notes are built from, so a task ticked or a
/// line edited in the meeting note flows into every entity note that mirrors it.
/// </summary>
public sealed record MeetingNoteView(
    string Path,
    string Title,
    string Type,
    DateOnly Date,
    string? Account,
    string? AccountStem,
    IReadOnlyList<string> Participants,
    string Summary,
    IReadOnlyList<MeetingTask> Tasks,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<string> KeyFacts,
    IReadOnlyList<string> Related,
    string SourceKind = "",
    string SourceRef = "",
    IReadOnlyList<string>? Sources = null)
{
    /// <summary>The meeting's <c>topics</c> property: what the extractor found it was about.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Every archived original the Source line links, <see cref="SourceRef"/> first.</summary>
    public IReadOnlyList<string> AllSources =>
        new[] { SourceRef }.Concat(Sources ?? []).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The file name without extension: what a wikilink to this meeting names.</summary>
    public string Stem => System.IO.Path.GetFileNameWithoutExtension(Path);
}
