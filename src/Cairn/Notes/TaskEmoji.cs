namespace Cairn.Notes;

/// <summary>The Tasks plugin's signifiers, as it writes them.</summary>
internal static class TaskEmoji
{
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

    /// <summary>Every emoji that starts a field, variants included: an owner mention stops at any of them.</summary>
    public static readonly string[] FieldStarts =
    [
        "🔺", "⏫", "🔼", "🔽", "⏬", Id, DependsOn, Recurrence, OnCompletion, Created, Start, Scheduled, "⌛",
        Due, "📆", "🗓", Cancelled, Done,
    ];

    public static TaskPriority PriorityOf(ReadOnlySpan<char> emoji) => emoji switch
    {
        "🔺" => TaskPriority.Highest,
        "⏫" => TaskPriority.High,
        "🔼" => TaskPriority.Medium,
        "🔽" => TaskPriority.Low,
        "⏬" => TaskPriority.Lowest,
        _ => TaskPriority.None,
    };

    public static string? EmojiOf(TaskPriority priority) => priority switch
    {
        TaskPriority.Highest => "🔺",
        TaskPriority.High => "⏫",
        TaskPriority.Medium => "🔼",
        TaskPriority.Low => "🔽",
        TaskPriority.Lowest => "⏬",
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
