namespace Cairn.Cli.Mcp;

/// <summary>The <c>ingest_text</c> answer: the Inbox source written, what became of it, the notes it made or changed.</summary>
internal sealed record IngestedText(string Source, string Status, IReadOnlyList<string> Notes, string? Error);
