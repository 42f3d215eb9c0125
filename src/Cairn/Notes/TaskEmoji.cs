namespace Cairn.Notes;

/// <summary>
/// The Tasks plugin's signifiers, as it writes them and with the variants it also reads: the one table of task
/// emoji that the parser, the formatter and every view of a task use.
/// </summary>
internal static class TaskEmoji
{
    public const string Highest = "🔺";
    public const string High = "⏫";
    public const string Medium = "🔼";
    public const string Low = "🔽";
    public const string Lowest = "⏬";
    public const string Id = "🆔";
    public const string DependsOn = "⛔";
    public const string Recurrence = "🔁";
    public const string OnCompletion = "🏁";
    public const string Created = "➕";
    public const string Start = "🛫";
    public const string Scheduled = "⏳";
    public const string Due = "📅";
    public const string Cancelled = "❌";
    public const string Done = "✅";

    public static readonly string[] Priorities = [Highest, High, Medium, Low, Lowest];

    /// <summary>The due date's signifier and the two the plugin also reads.</summary>
    public static readonly string[] DueVariants = [Due, "📆", "🗓"];

    /// <summary>The scheduled date's signifier and the one the plugin also reads.</summary>
    public static readonly string[] ScheduledVariants = [Scheduled, "⌛"];

    /// <summary>Every emoji that starts a field, variants included: an owner mention stops at any of them.</summary>
    public static readonly string[] FieldStarts =
    [
        .. Priorities, Id, DependsOn, Recurrence, OnCompletion, Created, Start, .. ScheduledVariants, .. DueVariants, Cancelled, Done,
    ];

    public static TaskPriority PriorityOf(ReadOnlySpan<char> emoji) => emoji switch
    {
        Highest => TaskPriority.Highest,
        High => TaskPriority.High,
        Medium => TaskPriority.Medium,
        Low => TaskPriority.Low,
        Lowest => TaskPriority.Lowest,
        _ => TaskPriority.None,
    };

    public static string? EmojiOf(TaskPriority priority) => priority switch
    {
        TaskPriority.Highest => Highest,
        TaskPriority.High => High,
        TaskPriority.Medium => Medium,
        TaskPriority.Low => Low,
        TaskPriority.Lowest => Lowest,
        _ => null,
    };

    public static string EmojiOf(TaskField field) => field switch
    {
        TaskField.Created => Created,
        TaskField.Start => Start,
        TaskField.Scheduled => Scheduled,
        TaskField.Due => Due,
        TaskField.Cancelled => Cancelled,
        TaskField.Done => Done,
        TaskField.Recurrence => Recurrence,
        _ => OnCompletion,
    };
}
