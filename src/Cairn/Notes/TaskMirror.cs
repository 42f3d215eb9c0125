namespace Cairn.Notes;

/// <summary>
/// Entity notes repeat the tasks a person or company owns under "Open Tasks", each linking the meeting where
/// the task lives. Those lines are mirrors: the meeting note's line is the task, so lists count it once and
/// <c>cairn done</c> ticks both.
/// </summary>
public static class TaskMirror
{
    public static bool IsEntityNote(NoteDocument note) =>
        NoteTypes.IsEntity(note.Frontmatter.GetString(NoteProperties.Type));

    public static bool IsMirror(NoteDocument note, TaskLine task)
    {
        if (!IsEntityNote(note) || note.FindSection(NoteSections.OpenTasks) is not { } section)
        {
            return false;
        }

        return task.Line > section.StartLine && task.Line <= section.EndLine
            && task.Description.Contains("[[", StringComparison.Ordinal);
    }
}
