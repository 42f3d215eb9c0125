namespace Cairn.Index;

/// <summary>
/// Everything the index stores about one note, read from its text by <see cref="NoteIndexer"/>, in the form its
/// columns take: keys lower-cased, links distinct, text as UTF-8. The readers run in parallel and the single
/// writer is what a full build waits on, so whatever can be done before the insert is done by the reader.
/// </summary>
internal sealed record IndexedNote(
    string Path,
    NoteStamp Stamp,
    string Hash,
    NoteKind Kind,
    string? Type,
    string Title,
    string? Date,
    string? Account,
    string? AccountKey,
    byte[] FrontmatterJson,
    string? Summary,
    byte[] Body,
    IReadOnlyList<string> LinkKeys,
    IReadOnlyList<string> ParticipantKeys,
    IReadOnlyList<IndexedTask> Tasks,
    IndexedEntity? Entity,
    byte[]? ItemsJson,
    string? SourceRef)
{
    /// <summary>
    /// The text of the meeting's archived source (<see cref="SourceRef"/>) for <c>index_source_fts</c>, read by the
    /// index's readers (the indexer is pure): a detail that never made it into the note is found through it.
    /// </summary>
    public byte[]? SourceBody { get; init; }
}

/// <summary>A task as its row stores it: the heading of its section, and the wikilink targets on its line one per line.</summary>
internal sealed record IndexedTask(int Line, string Raw, bool IsOpen, string? OwnerKey, int Priority, string? Due, string? Section, string Links);

/// <summary>A person, company or project note: its name, kind and aliases (trimmed, each once).</summary>
internal sealed record IndexedEntity(string Name, string NameKey, string Kind, string? LastContact, IReadOnlyList<string> Aliases);
