namespace Cairn.Sources;

/// <summary>
/// The one door into Cairn for a source file: detects the format by extension and content, then returns a
/// <see cref="SourceDocument"/> or a failure naming the file and the problem. Never throws on content.
/// </summary>
public static class SourceReader
{
    /// <summary>Reads a file from disk, refusing it before reading when it is over <see cref="ReaderOptions.MaxBytes"/>.</summary>
    public static SourceReadResult ReadFile(string path, ReaderOptions? options = null)
    {
        options ??= ReaderOptions.Default;
        var fileName = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return SourceReadResult.Fail(fileName, "file not found");
            }

            if (info.Length > options.MaxBytes)
            {
                return SourceReadResult.Fail(fileName, TooLarge(info.Length, options.MaxBytes));
            }

            var read = Read(fileName, File.ReadAllBytes(path), options);
            return read.Document is { } document ? SourceReadResult.Ok(document.DatedByFileTime(info.LastWriteTime)) : read;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return SourceReadResult.Fail(fileName, $"cannot read the file: {ex.Message}");
        }
    }

    /// <summary>Reads a source from its bytes. Pure: no disk, no clock.</summary>
    public static SourceReadResult Read(string fileName, byte[] content, ReaderOptions? options = null)
    {
        options ??= ReaderOptions.Default;
        // An archived Markdown source (notes.md.txt) is read, dated and titled as the notes.md it was.
        fileName = string.IsNullOrWhiteSpace(fileName) ? "(unnamed)" : ArchivedName.Original(fileName);
        if (content is null || content.Length == 0)
        {
            return SourceReadResult.Fail(fileName, "the file is empty");
        }

        if (content.LongLength > options.MaxBytes)
        {
            return SourceReadResult.Fail(fileName, TooLarge(content.LongLength, options.MaxBytes));
        }

        var format = FormatDetector.FromExtension(fileName);
        if (format == SourceFormat.Unsupported)
        {
            var extension = Path.GetExtension(fileName);
            return SourceReadResult.Fail(fileName, $"unsupported file type '{(extension.Length == 0 ? "(none)" : extension)}' (Cairn reads {string.Join(", ", FormatDetector.SupportedExtensions)})");
        }

        try
        {
            return OneLine(DatedByName(ReadAs(fileName, content, format)));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not StackOverflowException)
        {
            // A reader bug must not stop a run: the file is reported, the run goes on.
            return OneLine(SourceReadResult.Fail(fileName, $"could not be read ({ex.GetType().Name}: {FirstLine(ex.Message)})"));
        }
    }

    private static SourceReadResult ReadAs(string fileName, byte[] content, SourceFormat format)
    {
        if (format == SourceFormat.Docx)
        {
            return TeamsDocxReader.Read(fileName, content);
        }

        if (FormatDetector.IsZip(content))
        {
            return SourceReadResult.Fail(fileName, "the file is a zip archive (a .docx or other Office file?), not text");
        }

        if (format == SourceFormat.Email)
        {
            return EmailReader.Read(fileName, content);
        }

        var text = TextDecoder.Decode(content);
        if (TextDecoder.LooksBinary(text))
        {
            return SourceReadResult.Fail(fileName, "the file holds binary data, not text");
        }

        if (text.Trim().Length == 0)
        {
            return SourceReadResult.Fail(fileName, "the file has no text");
        }

        if (format == SourceFormat.Text)
        {
            format = FormatDetector.SniffText(text);
        }

        return format switch
        {
            SourceFormat.WebVtt => WebVttReader.Read(fileName, text),
            SourceFormat.SubRip => SrtReader.Read(fileName, text),
            SourceFormat.Email => EmailReader.Read(fileName, content),
            SourceFormat.Json => JsonTranscriptReader.Read(fileName, text),
            SourceFormat.Markdown => MarkdownReader.Read(fileName, text),
            _ => PlainTextReader.Read(fileName, text),
        };
    }

    /// <summary>A source that does not date itself is dated by its file name when the name carries a date.</summary>
    private static SourceReadResult DatedByName(SourceReadResult result) =>
        result.Document is { Date: null } document && DocumentAssembly.FileNameDate(document.FileName) is { } date
            ? SourceReadResult.Ok(document with { Date = date, DateFrom = DateOrigin.FileName })
            : result;

    /// <summary>Problems quote parser messages, which may quote the input: keep them to one short line.</summary>
    private static SourceReadResult OneLine(SourceReadResult result)
    {
        if (result.Error is not { } error || (error.Problem.Length <= 200 && !error.Problem.Any(char.IsControl)))
        {
            return result;
        }

        var flat = string.Join(' ', error.Problem.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return SourceReadResult.Fail(error.FileName, flat.Length <= 200 ? flat : flat[..199] + "…");
    }

    private static string TooLarge(long length, long max) =>
        $"the file is {length / 1048576.0:0.0} MB, over the {max / 1048576.0:0.#} MB limit";

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return newline < 0 ? message : message[..newline].TrimEnd();
    }
}
