namespace Cairn.Synthesis;

/// <summary>One line of a meeting's section (decision, key information, topic, question) and the meeting it came from.</summary>
public sealed record MeetingItem(string Section, string Text, string Path, string? Date);
