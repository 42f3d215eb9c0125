using System.Globalization;
using System.Text;
using Cairn.Notes;

namespace Cairn.Synthesis;

/// <summary>Writes a task line in the Tasks plugin's emoji format: text, owner, [[link]], priority, due, tags.</summary>
internal static class TaskText
{
    public const string MyselfOwner = "Myself";

    public static string Format(string text, string? owner, TaskPriority priority, DateOnly? due, bool done, string? link, string? tag)
    {
        var builder = new StringBuilder(done ? "- [x] " : "- [ ] ");
        builder.Append(MarkdownText.Inline(text));
        if (!string.IsNullOrEmpty(owner) && MarkdownText.Name(owner) is { Length: > 0 } name)
        {
            builder.Append(" @").Append(name);
        }

        if (link is not null)
        {
            builder.Append(' ').Append(link);
        }

        if (PriorityEmoji(priority) is { } emoji)
        {
            builder.Append(' ').Append(emoji);
        }

        if (due is { } date)
        {
            builder.Append(" 📅 ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (tag is not null)
        {
            builder.Append(" #").Append(tag);
        }

        return builder.ToString();
    }

    public static string? PriorityEmoji(TaskPriority priority) => TaskEmoji.EmojiOf(priority);

    public static TaskPriority PriorityOf(string emoji) => TaskEmoji.PriorityOf(emoji);
}
