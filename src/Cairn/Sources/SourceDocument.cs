namespace Cairn.Sources;

/// <summary>
/// What a reader makes of one source file. Transcripts carry utterances; email and notes carry a body
/// (email also its <see cref="EmailParts"/>). Readers never touch the disk to build this.
/// </summary>
public sealed record SourceDocument(
    string FileName,
    string Format,
    SourceKind Kind,
    string Title,
    DateOnly? Date,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Utterance> Utterances,
    string? Body = null,
    EmailParts? Email = null,
    IReadOnlyDictionary<string, string>? Metadata = null);
