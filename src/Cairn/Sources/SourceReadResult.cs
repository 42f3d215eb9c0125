namespace Cairn.Sources;

/// <summary>A document or the reason there is none. Bad input is expected, so it travels as a value.</summary>
public sealed record SourceReadResult
{
    private SourceReadResult(SourceDocument? document, SourceReadError? error)
    {
        Document = document;
        Error = error;
    }

    public SourceDocument? Document { get; }

    public SourceReadError? Error { get; }

    public bool IsSuccess => Document is not null;

    public static SourceReadResult Ok(SourceDocument document) => new(document, null);

    public static SourceReadResult Fail(string fileName, string problem) => new(null, new SourceReadError(fileName, problem));
}
