namespace Cairn.Index;

/// <summary>What the index remembers to tell whether a file changed without reading it: size and last write time (UTC ticks).</summary>
internal readonly record struct NoteStamp(long Size, long Mtime);
