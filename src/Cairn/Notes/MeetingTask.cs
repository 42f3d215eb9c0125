namespace Cairn.Notes;

/// <summary>
/// An action item as the meeting note writes it; <see cref="Owner"/> is a full name, or null when unknown.
/// <see cref="Written"/> is the line as a note already holds it (ticked with its ✅ date, edited by hand), which a
/// rewrite of that note keeps as is: re-rendering it would differ from the file, and the merge would call Cairn's
/// own tick a conflict.
/// </summary>
public sealed record MeetingTask(string Text, string? Owner, bool OwnedByMe, TaskPriority Priority, DateOnly? Due, bool Done = false, string? Written = null);
