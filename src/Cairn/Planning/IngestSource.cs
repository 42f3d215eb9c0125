using Cairn.Sources;

namespace Cairn.Planning;

/// <summary>A source about to be planned: its vault-relative path in the Inbox, its content hash, what the reader made of it.</summary>
public sealed record IngestSource(string InboxPath, string Hash, SourceDocument Document);
