using System.Globalization;
using System.Text.RegularExpressions;

namespace Cairn.Notes;

/// <summary>
/// Reads a task line the way the Tasks plugin does: the fields are cut from the end of the body, pass after
/// pass, until the first text it does not recognise.
/// </summary>
internal static partial class TaskLineParser
{
    private const int MaxPasses = 20;

    public static bool TryParse(string line, TaskParseOptions options, out TaskLine task)
    {
        task = null!;
        if (line.Length < 5 || line.IndexOf('[') < 0)
        {
            return false;
        }

        var match = LineRegex().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var rawBody = match.Groups[4].Value;
        var body = rawBody.Trim();
        var hardBreak = HardBreakOf(rawBody);
        string? blockId = null;
        var block = BlockIdRegex().Match(body);
        if (block.Success)
        {
            blockId = block.Groups[1].Value;
            body = body[..block.Index].Trim();
        }

        if (!string.IsNullOrEmpty(options.GlobalFilter) && !body.Contains(options.GlobalFilter, StringComparison.Ordinal))
        {
            return false;
        }

        var fields = new Fields();
        var description = ReadFields(body, fields);
        task = new TaskLine
        {
            Indentation = match.Groups[1].Value,
            ListMarker = match.Groups[2].Value,
            StatusChar = match.Groups[3].Value[0],
            Description = description,
            Priority = fields.Priority,
            Created = fields.Created,
            Start = fields.Start,
            Scheduled = fields.Scheduled,
            Due = fields.Due,
            Cancelled = fields.Cancelled,
            Done = fields.Done,
            Recurrence = fields.Recurrence,
            OnCompletion = fields.OnCompletion,
            Id = fields.Id,
            DependsOn = fields.DependsOn,
            BlockId = blockId,
            InvalidFields = fields.Invalid,
            HardBreak = hardBreak,
            Raw = line,
        };
        return true;
    }

    /// <summary>Cuts every recognised field from the end of the body and returns the description that remains.</summary>
    private static string ReadFields(string body, Fields fields)
    {
        var rest = body;
        var trailingTags = new List<string>();
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var matched = false;
            foreach (var reader in Readers)
            {
                if (rest.Length == 0)
                {
                    break;
                }

                var m = reader.Regex.Match(rest);
                if (!m.Success)
                {
                    continue;
                }

                if (reader.Field is null)
                {
                    trailingTags.Insert(0, m.Value.Trim());
                }
                else
                {
                    fields.Set(reader.Field.Value, reader.Emoji, m.Groups[1].Value.Trim());
                }

                rest = rest[..m.Index].Trim();
                matched = true;
            }

            if (!matched)
            {
                break;
            }
        }

        return trailingTags.Count == 0 ? rest : string.Join(' ', trailingTags.Prepend(rest).Where(p => p.Length > 0));
    }

    private static string HardBreakOf(string rawBody)
    {
        var trimmed = rawBody.TrimEnd(' ');
        var spaces = rawBody.Length - trimmed.Length;
        return spaces >= 2 ? new string(' ', spaces) : string.Empty;
    }

    private sealed record FieldReader(Regex Regex, ReaderField? Field, string Emoji);

    // The plugin's order within one pass; a null field is a trailing tag.
    private static readonly FieldReader[] Readers =
    [
        new(PriorityRegex(), ReaderField.Priority, string.Empty),
        new(DoneRegex(), ReaderField.Done, "✅"),
        new(CancelledRegex(), ReaderField.Cancelled, "❌"),
        new(DueRegex(), ReaderField.Due, "📅"),
        new(ScheduledRegex(), ReaderField.Scheduled, "⏳"),
        new(StartRegex(), ReaderField.Start, "🛫"),
        new(CreatedRegex(), ReaderField.Created, "➕"),
        new(RecurrenceRegex(), ReaderField.Recurrence, "🔁"),
        new(OnCompletionRegex(), ReaderField.OnCompletion, "🏁"),
        new(TrailingTagRegex(), null, string.Empty),
        new(IdRegex(), ReaderField.Id, "🆔"),
        new(DependsOnRegex(), ReaderField.DependsOn, "⛔"),
    ];

    internal enum ReaderField
    {
        Priority,
        Done,
        Cancelled,
        Due,
        Scheduled,
        Start,
        Created,
        Recurrence,
        OnCompletion,
        Id,
        DependsOn,
    }

    /// <summary>The values found so far; a later pass overwrites an earlier one, as in the plugin.</summary>
    private sealed class Fields
    {
        public TaskPriority Priority { get; private set; }
        public DateOnly? Created { get; private set; }
        public DateOnly? Start { get; private set; }
        public DateOnly? Scheduled { get; private set; }
        public DateOnly? Due { get; private set; }
        public DateOnly? Cancelled { get; private set; }
        public DateOnly? Done { get; private set; }
        public string? Recurrence { get; private set; }
        public string? OnCompletion { get; private set; }
        public string? Id { get; private set; }
        public IReadOnlyList<string> DependsOn { get; private set; } = [];
        public List<InvalidTaskField> Invalid { get; } = [];

        public void Set(ReaderField field, string emoji, string value)
        {
            switch (field)
            {
                case ReaderField.Priority: Priority = TaskEmoji.PriorityOf(value); break;
                case ReaderField.Done: Done = Date(TaskField.Done, emoji, value); break;
                case ReaderField.Cancelled: Cancelled = Date(TaskField.Cancelled, emoji, value); break;
                case ReaderField.Due: Due = Date(TaskField.Due, emoji, value); break;
                case ReaderField.Scheduled: Scheduled = Date(TaskField.Scheduled, emoji, value); break;
                case ReaderField.Start: Start = Date(TaskField.Start, emoji, value); break;
                case ReaderField.Created: Created = Date(TaskField.Created, emoji, value); break;
                case ReaderField.Recurrence: Recurrence = Recurring(value); break;
                case ReaderField.OnCompletion: OnCompletion = Completion(value); break;
                case ReaderField.Id: Id = value; break;
                case ReaderField.DependsOn: DependsOn = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries); break;
                default: break;
            }
        }

        private DateOnly? Date(TaskField field, string emoji, string value)
        {
            Invalid.RemoveAll(i => i.Field == field);
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Invalid.Add(new InvalidTaskField(field, emoji, value));
            return null;
        }

        private string? Recurring(string value)
        {
            Invalid.RemoveAll(i => i.Field == TaskField.Recurrence);
            if (value.StartsWith("every", StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }

            Invalid.Add(new InvalidTaskField(TaskField.Recurrence, "🔁", value));
            return null;
        }

        private string? Completion(string value)
        {
            Invalid.RemoveAll(i => i.Field == TaskField.OnCompletion);
            var lower = value.ToLowerInvariant();
            if (lower is "keep" or "delete")
            {
                return lower;
            }

            Invalid.Add(new InvalidTaskField(TaskField.OnCompletion, "🏁", value));
            return null;
        }
    }

    [GeneratedRegex(@"^([\s>]*)([-*+]|[0-9]+[.)]) +\[(.)\] *(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LineRegex();

    [GeneratedRegex(@" \^([a-zA-Z0-9-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex BlockIdRegex();

    [GeneratedRegex("(🔺|⏫|🔼|🔽|⏬)\uFE0F?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PriorityRegex();

    [GeneratedRegex(@"✅\uFE0F? *(\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex DoneRegex();

    [GeneratedRegex(@"❌\uFE0F? *(\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex CancelledRegex();

    [GeneratedRegex(@"(?:📅|📆|🗓)\uFE0F? *(\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex DueRegex();

    [GeneratedRegex(@"(?:⏳|⌛)\uFE0F? *(\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ScheduledRegex();

    [GeneratedRegex(@"🛫\uFE0F? *(\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex StartRegex();

    [GeneratedRegex(@"➕\uFE0F? *(\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex CreatedRegex();

    [GeneratedRegex(@"🔁\uFE0F? *([a-zA-Z0-9, !]+)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex RecurrenceRegex();

    [GeneratedRegex(@"🏁\uFE0F? *([a-zA-Z]+)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex OnCompletionRegex();

    [GeneratedRegex(@"(?:^|\s)#[^ !@#$%^&*(),.?"":{}|<>]+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex TrailingTagRegex();

    [GeneratedRegex(@"🆔\uFE0F? *([a-zA-Z0-9_-]+)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex IdRegex();

    [GeneratedRegex(@"⛔\uFE0F? *([a-zA-Z0-9_-]+(?: *, *[a-zA-Z0-9_-]+ *)*)$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex DependsOnRegex();
}
