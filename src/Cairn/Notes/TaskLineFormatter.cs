using System.Globalization;
using System.Text;

namespace Cairn.Notes;

/// <summary>Writes a task in the Tasks plugin's canonical order: description, 🆔 ⛔ priority 🔁 🏁 ➕ 🛫 ⏳ 📅 ❌ ✅, then ^id.</summary>
internal static class TaskLineFormatter
{
    public static string Format(TaskLine task)
    {
        var sb = new StringBuilder(task.Description.Length + 64);
        sb.Append(task.Indentation).Append(task.ListMarker).Append(" [").Append(task.StatusChar).Append("] ").Append(task.Description);
        if (!string.IsNullOrEmpty(task.Id))
        {
            sb.Append(' ').Append(TaskEmoji.Id).Append(' ').Append(task.Id);
        }

        if (task.DependsOn.Count > 0)
        {
            sb.Append(' ').Append(TaskEmoji.DependsOn).Append(' ').AppendJoin(',', task.DependsOn);
        }

        if (TaskEmoji.EmojiOf(task.Priority) is { } priority)
        {
            sb.Append(' ').Append(priority);
        }

        AppendText(sb, task, TaskField.Recurrence, task.Recurrence);
        AppendText(sb, task, TaskField.OnCompletion, task.OnCompletion);
        AppendDate(sb, task, TaskField.Created, task.Created);
        AppendDate(sb, task, TaskField.Start, task.Start);
        AppendDate(sb, task, TaskField.Scheduled, task.Scheduled);
        AppendDate(sb, task, TaskField.Due, task.Due);
        AppendDate(sb, task, TaskField.Cancelled, task.Cancelled);
        AppendDate(sb, task, TaskField.Done, task.Done);
        if (!string.IsNullOrEmpty(task.BlockId))
        {
            sb.Append(" ^").Append(task.BlockId);
        }

        return sb.Append(task.HardBreak).ToString();
    }

    private static void AppendDate(StringBuilder sb, TaskLine task, TaskField field, DateOnly? value) =>
        AppendText(sb, task, field, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A valid value wins; otherwise an invalid one is written back as it was read, so nothing is lost.</summary>
    private static void AppendText(StringBuilder sb, TaskLine task, TaskField field, string? value)
    {
        if (value is null)
        {
            foreach (var invalid in task.InvalidFields)
            {
                if (invalid.Field == field)
                {
                    value = invalid.Value;
                }
            }
        }

        if (!string.IsNullOrEmpty(value))
        {
            sb.Append(' ').Append(TaskEmoji.EmojiOf(field)).Append(' ').Append(value);
        }
    }
}
