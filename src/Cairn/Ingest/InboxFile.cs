namespace Cairn.Ingest;

/// <summary>One file seen in the Inbox: its name (Inbox-relative, '/' separators), size and last write time.</summary>
public sealed record InboxFile(string Name, long Size, DateTimeOffset Modified);
