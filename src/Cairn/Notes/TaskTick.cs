using System.Text;
using System.Text.RegularExpressions;

namespace Cairn.Notes;

/// <summary>
/// Ticking a task in a note: its completed form (✅ the day), the next occurrence of a recurring one, and which lines
/// are the same task across notes (a meeting's task and its copies in entity notes' Open Tasks). <c>cairn done</c>
/// ticks through it, and so does an ingest or rebuild carrying a tick made on a copy back to its meeting.
/// </summary>
public static partial class TaskTick
{
    /// <summary>
    /// A copy ticked in an entity note's Open Tasks (in Obsidian, not through <c>cairn done</c>) ticks the open task it
    /// copies (same owner and words) in <paramref name="meeting"/>, the note it links (file stem
    /// <paramref name="meetingStem"/>), with the copy's ✅ date (none when the copy has none). Returns the meeting's
    /// lines ticked; the document is changed.
    /// </summary>
    public static IReadOnlyList<string> CarryBack(NoteDocument entity, NoteDocument meeting, string meetingStem)
    {
        var copies = entity.Tasks
            .Where(t => t.Status == TaskLineStatus.Done && TaskMirror.IsMirror(entity, t)
                && Wikilink.FindAll(t.Description).Any(l => Path.GetFileName(l.Target.Trim()) is var name
                    && (name.Equals(meetingStem, StringComparison.OrdinalIgnoreCase) || name.Equals(meetingStem + ".md", StringComparison.OrdinalIgnoreCase))))
            .ToList();
        var ticked = new List<string>();
        foreach (var copy in copies)
        {
            var identity = Identity(copy);
            if (meeting.Tasks.FirstOrDefault(t => t.IsOpen && string.Equals(t.Owner, copy.Owner, StringComparison.OrdinalIgnoreCase) && Identity(t) == identity) is { } task)
            {
                ticked.Add(copy.Done is { } day ? Apply(meeting, task, day).Completed : Done(meeting, task));
            }
        }

        return ticked;
    }

    /// <summary>Ticks the task with no ✅ date, as a tick without one was made.</summary>
    private static string Done(NoteDocument document, TaskLine task)
    {
        var done = (task with { StatusChar = 'x' }).Format();
        document.ReplaceLine(task.Line, done);
        return done;
    }

    /// <summary>Replaces the task's line with its completed form and inserts the next occurrence above it.</summary>
    public static (string Completed, string? Next) Apply(NoteDocument document, TaskLine task, DateOnly today)
    {
        var done = (task with { StatusChar = 'x', Done = today }).Format();
        var next = TaskRecurrence.Next(task, today)?.Format();
        var deleteDone = next is not null && task.OnCompletion == "delete";
        if (deleteDone)
        {
            document.ReplaceLine(task.Line, next!);
        }
        else
        {
            document.ReplaceLine(task.Line, done);
            if (next is not null)
            {
                document.InsertLines(task.Line, [next]);
            }
        }

        return (done, next);
    }

    /// <summary>The words of a task that identify it across notes: no links, owner mention, tags or punctuation at the end; lower case.</summary>
    public static string Identity(TaskLine task)
    {
        var text = Link().Replace(task.Description, " ");
        if (task.Owner is { } owner)
        {
            text = text.Replace("@" + owner, " ", StringComparison.Ordinal);
        }

        text = Tag().Replace(text, " ");
        var sb = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append(sb.Length > 0 ? " " : string.Empty).Append(word);
        }

        return sb.ToString().TrimEnd('.', ' ', ',', ';').ToLowerInvariant();
    }

    [GeneratedRegex(@"!?\[\[[^\]]*\]\]")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<=^|\s)#[^\s#]+")]
    private static partial Regex Tag();
}
