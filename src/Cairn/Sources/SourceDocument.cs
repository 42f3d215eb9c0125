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
    IReadOnlyDictionary<string, string>? Metadata = null)
{
    /// <summary>Whether <see cref="Date"/> is the source's own or a fallback the run reports.</summary>
    public DateOrigin DateFrom { get; init; } = DateOrigin.Source;

    /// <summary>The fallback in words for a run's report (<c>dated 2026-11-17 from the file name</c>), or null when the source dated itself.</summary>
    public string? DateFallback => DateFrom == DateOrigin.Source || Date is not { } date ? null
        : $"dated {date:yyyy-MM-dd} from {(DateFrom == DateOrigin.FileName ? "the file name" : "the file's time")}";

    /// <summary>
    /// What the source says as plain text, for full-text search: each utterance on its own line as
    /// <c>Speaker: words</c>, else an email's new text (what quoted replies repeat is another source's), else the body.
    /// </summary>
    public string Text => Utterances.Count > 0
        ? string.Join('\n', Utterances.Select(u => string.IsNullOrWhiteSpace(u.Speaker) ? u.Text.Trim() : $"{u.Speaker.Trim()}: {u.Text.Trim()}"))
        : Email?.NewText ?? Body ?? string.Empty;

    /// <summary>A source that gives no date and no name date is dated by its file's last write (local time).</summary>
    public SourceDocument DatedByFileTime(DateTime lastWriteLocal) =>
        Date is null ? this with { Date = DateOnly.FromDateTime(lastWriteLocal), DateFrom = DateOrigin.FileTime } : this;
}
