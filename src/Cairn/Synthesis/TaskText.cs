using System.Text;
using Cairn.Notes;

namespace Cairn.Synthesis;

/// <summary>Writes a task line in the Tasks plugin's emoji format: text, owner, [[link]], priority, due, tags.</summary>
internal static class TaskText
{
    /// <summary>
    /// A task Cairn writes: the description (text, <c>@Owner</c>, link) and the fields in the Tasks plugin's
    /// order (<see cref="TaskLine.Format"/>), then Cairn's own tag.
    /// </summary>
    public static string Format(string text, string? owner, TaskPriority priority, DateOnly? due, bool done, string? link, string? tag)
    {
        var description = new StringBuilder(MarkdownText.Inline(text));
        if (!string.IsNullOrEmpty(owner) && MarkdownText.Name(owner) is { Length: > 0 } name)
        {
            description.Append(" @").Append(name);
        }

        if (link is not null)
        {
            description.Append(' ').Append(link);
        }

        var line = new TaskLine { StatusChar = done ? 'x' : ' ', Description = description.ToString(), Priority = priority, Due = due }.Format();
        return tag is null ? line : $"{line} #{tag}";
    }
}
