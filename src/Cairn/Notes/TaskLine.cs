namespace Cairn.Notes;

/// <summary>
/// One task line in the Tasks plugin's emoji format, plus Cairn's <c>@Owner</c> mention.
/// <see cref="Description"/> is what the Tasks plugin calls the description (tags and the owner mention
/// included); <see cref="Text"/>, <see cref="Owner"/> and <see cref="Tags"/> are read from it.
/// <see cref="Format"/> writes the plugin's canonical order; a note keeps the original line until it is edited.
/// </summary>
public sealed record TaskLine
{
    public string Indentation { get; init; } = string.Empty;

    public string ListMarker { get; init; } = "-";

    public char StatusChar { get; init; } = ' ';

    public string Description { get; init; } = string.Empty;

    public TaskPriority Priority { get; init; }

    public DateOnly? Created { get; init; }

    public DateOnly? Start { get; init; }

    public DateOnly? Scheduled { get; init; }

    public DateOnly? Due { get; init; }

    public DateOnly? Cancelled { get; init; }

    public DateOnly? Done { get; init; }

    /// <summary>The recurrence rule as written (<c>every day when done</c>), when it reads as one.</summary>
    public string? Recurrence { get; init; }

    /// <summary><c>keep</c> or <c>delete</c>, lower-cased as the plugin writes it.</summary>
    public string? OnCompletion { get; init; }

    public string? Id { get; init; }

    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>The block id without its caret (<c>abc-1</c> for <c> ^abc-1</c>).</summary>
    public string? BlockId { get; init; }

    /// <summary>Fields the plugin consumed but could not use: invalid dates, unreadable recurrences.</summary>
    public IReadOnlyList<InvalidTaskField> InvalidFields { get; init; } = [];

    /// <summary>Two or more trailing spaces (a Markdown hard break), which a rewrite keeps.</summary>
    public string HardBreak { get; init; } = string.Empty;

    /// <summary>The 1-based line in its note, or 0 for a task that is not (yet) in a note.</summary>
    public int Line { get; init; }

    /// <summary>The line exactly as it was read (empty for a task built in code).</summary>
    public string Raw { get; init; } = string.Empty;

    public TaskLineStatus Status => StatusChar switch
    {
        ' ' => TaskLineStatus.Todo,
        'x' => TaskLineStatus.Done,
        '/' => TaskLineStatus.InProgress,
        '-' => TaskLineStatus.Cancelled,
        _ => TaskLineStatus.Unknown,
    };

    /// <summary>True while the task still asks for work: to-do, in progress, or an unknown (to-do type) status.</summary>
    public bool IsOpen => Status is TaskLineStatus.Todo or TaskLineStatus.InProgress or TaskLineStatus.Unknown;

    /// <summary>The owner as written after <c>@</c> (<c>Myself</c>, <c>Jeff Denworth</c>), or null.</summary>
    public string? Owner => TaskDescription.Owner(Description);

    /// <summary>The description without its trailing owner mention and trailing tags.</summary>
    public string Text => TaskDescription.Text(Description);

    /// <summary>The tags in the description (with <c>#</c>), by the Tasks plugin's rule.</summary>
    public IReadOnlyList<string> Tags => TaskDescription.Tags(Description);

    public static bool TryParse(string line, out TaskLine task) => TaskLineParser.TryParse(line, TaskParseOptions.Default, out task);

    public static bool TryParse(string line, TaskParseOptions options, out TaskLine task) => TaskLineParser.TryParse(line, options, out task);

    /// <summary>The line in the Tasks plugin's canonical field order.</summary>
    public string Format() => TaskLineFormatter.Format(this);

    public override string ToString() => Format();
}
