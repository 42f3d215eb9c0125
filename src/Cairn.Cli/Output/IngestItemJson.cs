using Cairn.Ingest;

namespace Cairn.Cli.Output;

/// <summary>
/// One source of <c>cairn ingest --json</c>, a line of <c>cairn watch --json</c> and a result of <c>cairn demo --json</c>
/// (docs/ingest.md): what happened to it, the notes it made or changed, why not, how it was dated when it did
/// not say, and what extracted it with the tokens it took (null when it was not extracted).
/// </summary>
internal sealed record IngestItemJson(
    string Source,
    IngestStatus Status,
    IReadOnlyList<string> Notes,
    string? Error,
    string? Dated,
    string? Extractor,
    string? Model,
    long? TokensIn,
    long? TokensOut,
    int? Dropped,
    string? Fallback)
{
    public static IngestItemJson From(IngestItem i) => new(
        i.Source, i.Status, i.Notes, i.Error, i.Dated,
        i.Origin?.Extractor, i.Origin?.Model, i.Origin?.TokensIn, i.Origin?.TokensOut, i.Origin?.Dropped, i.Origin?.FallbackReason);
}
