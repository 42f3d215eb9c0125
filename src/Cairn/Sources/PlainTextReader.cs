namespace Cairn.Sources;

/// <summary>
/// A <c>.txt</c> source: a Zoom chat log, a transcript in one of the pasted layouts, or else notes (the text as
/// the body, less the keyed lines at its top, which give the title, date and attendees).
/// </summary>
internal static class PlainTextReader
{
    public static SourceReadResult Read(string fileName, string text)
    {
        if (ZoomChatReader.Read(fileName, text) is { } chat)
        {
            return SourceReadResult.Ok(chat);
        }

        if (PlainTextTranscriptReader.Read(fileName, text, "txt") is { } transcript)
        {
            return SourceReadResult.Ok(transcript);
        }

        return SourceReadResult.Ok(Notes(fileName, text, "txt/notes"));
    }

    public static SourceDocument Notes(string fileName, string body, string format, SourceHeader? header = null, IReadOnlyDictionary<string, string>? metadata = null)
    {
        header ??= SourceHeader.Empty;
        var (keyed, rest) = NotesHeader.Split(body);
        header = header with { Title = header.Title ?? keyed.Title, Date = header.Date ?? keyed.Date, Participants = header.Participants ?? keyed.Participants };
        return new SourceDocument(
            fileName,
            format,
            SourceKind.Notes,
            DocumentAssembly.TitleOrFileName(header.Title, fileName),
            header.Date,
            header.Participants ?? [],
            [],
            rest.Trim(),
            Metadata: metadata);
    }
}
