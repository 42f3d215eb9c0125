namespace Cairn.Notes;

/// <summary>
/// Reads a task line the way the Tasks plugin does: the fields are cut from the end of the body, pass after
/// pass, until the first text it does not recognise.
/// </summary>
internal static class TaskLineParser
{
    private const int MaxPasses = 20;

    public static bool TryParse(string line, TaskParseOptions options, out TaskLine task) => TryParse(line, options, 0, out task);

    /// <summary>Reads a task that sits on 1-based line <paramref name="lineNumber"/> of a note.</summary>
    public static bool TryParse(string line, TaskParseOptions options, int lineNumber, out TaskLine task)
    {
        task = null!;
        if (!TaskLineShape.TryMatch(line, out var shape))
        {
            return false;
        }

        // The body is read as slices of the line: only the parts a task keeps become strings.
        var rawBody = line.AsSpan(shape.BodyStart);
        var body = rawBody.Trim();
        var hardBreak = HardBreakOf(rawBody);
        string? blockId = null;
        if (TrySplitBlockId(body, out var id, out var before))
        {
            blockId = id.ToString();
            body = before;
        }

        if (!string.IsNullOrEmpty(options.GlobalFilter) && !body.Contains(options.GlobalFilter, StringComparison.Ordinal))
        {
            return false;
        }

        var fields = new Fields();
        var description = ReadFields(body, ref fields);
        task = new TaskLine
        {
            Indentation = line[..shape.MarkerStart],
            ListMarker = Marker(line, shape),
            StatusChar = line[shape.StatusIndex],
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
            InvalidFields = fields.Invalid ?? [],
            HardBreak = hardBreak,
            Line = lineNumber,
            Raw = line,
        };
        return true;
    }

    /// <summary>Cuts every recognised field from the end of the body and returns the description that remains.</summary>
    private static string ReadFields(ReadOnlySpan<char> body, ref Fields fields)
    {
        var rest = body;
        // Each pass cuts at most one tag; a tag is kept as its place in the body until the description is built.
        Span<Range> tags = stackalloc Range[MaxPasses];
        var tagCount = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var matched = false;
            foreach (var (field, emoji) in Readers)
            {
                if (rest.Length == 0)
                {
                    break;
                }

                if (!TaskFieldMatcher.TryMatch(field, rest, out var start, out var value))
                {
                    continue;
                }

                if (field == ReaderField.Tag)
                {
                    // A match ends where the rest does, and the rest always starts where the (trimmed) body does.
                    tags[tagCount++] = new Range(rest.Length - value.Length, rest.Length);
                }
                else
                {
                    fields.Set(field, emoji, value.Trim());
                }

                rest = rest[..start].Trim();
                matched = true;
            }

            if (!matched)
            {
                break;
            }
        }

        return tagCount == 0 ? rest.ToString() : WithTags(body, rest, tags[..tagCount]);
    }

    /// <summary>The rest of the body, then the cut tags in the order they stand in the line, one space apart: the plugin keeps tags in the description.</summary>
    private static string WithTags(ReadOnlySpan<char> body, ReadOnlySpan<char> rest, ReadOnlySpan<Range> tags)
    {
        // The rest and the tags are separate parts of the body, so the body's length plus a space per tag is room enough.
        var room = body.Length + tags.Length;
        var buffer = room <= 256 ? stackalloc char[room] : new char[room];
        rest.CopyTo(buffer);
        var length = rest.Length;
        for (var i = tags.Length - 1; i >= 0; i--)
        {
            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            var tag = body[tags[i]];
            tag.CopyTo(buffer[length..]);
            length += tag.Length;
        }

        return new string(buffer[..length]);
    }

    /// <summary>The list marker; the three bullets are shared strings rather than a new one per task.</summary>
    private static string Marker(string line, TaskLineShape shape) => line.AsSpan(shape.MarkerStart, shape.MarkerEnd - shape.MarkerStart) switch
    {
        "-" => "-",
        "*" => "*",
        "+" => "+",
        var marker => marker.ToString(),
    };

    private static string HardBreakOf(ReadOnlySpan<char> rawBody)
    {
        var spaces = rawBody.Length - rawBody.TrimEnd(' ').Length;
        return spaces >= 2 ? new string(' ', spaces) : string.Empty;
    }

    // The plugin's order within one pass.
    private static readonly (ReaderField Field, string Emoji)[] Readers =
    [
        (ReaderField.Priority, string.Empty),
        (ReaderField.Done, TaskEmoji.Done),
        (ReaderField.Cancelled, TaskEmoji.Cancelled),
        (ReaderField.Due, TaskEmoji.Due),
        (ReaderField.Scheduled, TaskEmoji.Scheduled),
        (ReaderField.Start, TaskEmoji.Start),
        (ReaderField.Created, TaskEmoji.Created),
        (ReaderField.Recurrence, TaskEmoji.Recurrence),
        (ReaderField.OnCompletion, TaskEmoji.OnCompletion),
        (ReaderField.Tag, string.Empty),
        (ReaderField.Id, TaskEmoji.Id),
        (ReaderField.DependsOn, TaskEmoji.DependsOn),
    ];

    /// <summary>A trailing <c> ^id</c> (Latin letters, digits, '-').</summary>
    private static bool TrySplitBlockId(ReadOnlySpan<char> body, out ReadOnlySpan<char> id, out ReadOnlySpan<char> before)
    {
        var i = body.Length;
        while (i > 0 && (char.IsAsciiLetterOrDigit(body[i - 1]) || body[i - 1] == '-'))
        {
            i--;
        }

        if (i < body.Length && i >= 2 && body[i - 1] == '^' && body[i - 2] == ' ')
        {
            id = body[i..];
            before = body[..(i - 2)].Trim();
            return true;
        }

        id = before = [];
        return false;
    }

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
        Tag,
    }

    /// <summary>The values found so far; a later pass overwrites an earlier one, as in the plugin. A struct: one per task line read.</summary>
    private struct Fields
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
        public List<InvalidTaskField>? Invalid { get; private set; }

        public Fields()
        {
        }

        public void Set(ReaderField field, string emoji, ReadOnlySpan<char> value)
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
                case ReaderField.Id: Id = value.ToString(); break;
                case ReaderField.DependsOn: DependsOn = value.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries); break;
                default: break;
            }
        }

        private DateOnly? Date(TaskField field, string emoji, ReadOnlySpan<char> value)
        {
            Forget(field);
            if (IsoDate.TryParse(value, out var date))
            {
                return date;
            }

            (Invalid ??= []).Add(new InvalidTaskField(field, emoji, value.ToString()));
            return null;
        }

        private string? Recurring(ReadOnlySpan<char> value)
        {
            Forget(TaskField.Recurrence);
            if (value.StartsWith("every", StringComparison.OrdinalIgnoreCase))
            {
                return value.ToString();
            }

            (Invalid ??= []).Add(new InvalidTaskField(TaskField.Recurrence, TaskEmoji.Recurrence, value.ToString()));
            return null;
        }

        private string? Completion(ReadOnlySpan<char> value)
        {
            Forget(TaskField.OnCompletion);
            var lower = value.ToString().ToLowerInvariant();
            if (lower is "keep" or "delete")
            {
                return lower;
            }

            (Invalid ??= []).Add(new InvalidTaskField(TaskField.OnCompletion, TaskEmoji.OnCompletion, value.ToString()));
            return null;
        }

        /// <summary>A later value of a field replaces an earlier invalid one.</summary>
        private void Forget(TaskField field)
        {
            for (var i = (Invalid?.Count ?? 0) - 1; i >= 0; i--)
            {
                if (Invalid![i].Field == field)
                {
                    Invalid.RemoveAt(i);
                }
            }
        }
    }
}
