namespace Cairn.Sources;

/// <summary>
/// A <c>.txt</c> source: a Zoom chat log, a transcript in one of the pasted layouts, or else notes (the whole
/// text as the body, the first line as the title when it looks like one).
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
        return new SourceDocument(
            fileName,
            format,
            SourceKind.Notes,
            DocumentAssembly.TitleOrFileName(header.Title, fileName),
            header.Date,
            header.Participants ?? [],
            [],
            body.Trim(),
            Metadata: metadata);
    }
}
