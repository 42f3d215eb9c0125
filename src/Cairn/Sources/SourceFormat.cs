namespace Cairn.Sources;

/// <summary>The container a source arrives in; the reader for it then finds the layout inside.</summary>
internal enum SourceFormat
{
    Unsupported,
    Text,
    WebVtt,
    SubRip,
    Docx,
    Email,
    Json,
    Markdown,
}
