using System.CommandLine;
using System.Globalization;
using Cairn.Cli.Output;
using Cairn.Cli.VaultAccess;
using Cairn.Index;
using Cairn.Notes;
using Cairn.Queries;
using Cairn.Synthesis;
using Spectre.Console;

namespace Cairn.Cli.Commands;

/// <summary>
/// <c>cairn tasks</c>: the vault's tasks, filtered; a table per owner (yours first), each by due date with
/// overdue ones marked, or docs/design.md's task JSON in the same order.
/// </summary>
public sealed class TasksCommand : ICliCommand
{
    private readonly Option<string?> owner = new("--owner") { Description = "Only tasks of this owner (Myself = you)" };
    private readonly Option<bool> open = new("--open") { Description = "Open tasks: to do, in progress (the default)" };
    private readonly Option<bool> done = new("--done") { Description = "Closed tasks: done or cancelled" };
    private readonly Option<bool> all = new("--all") { Description = "Every task" };
    private readonly Option<string?> dueBefore = new("--due-before") { Description = "Only tasks due before this date (YYYY-MM-DD)" };
    private readonly Option<bool> overdue = new("--overdue") { Description = "Only open tasks due before today" };
    private readonly Option<string?> priority = new("--priority") { Description = "highest, high, medium, none, low or lowest" };
    private readonly Option<string?> account = new("--account") { Description = "Only tasks in notes whose account is this" };

    public Command Build(CliContext context)
    {
        var command = new Command("tasks", "List tasks across the vault") { owner, open, done, all, dueBefore, overdue, priority, account };
        command.SetAction(parse =>
        {
            var filter = Filter(parse, context);
            using var vault = IndexedVault.Open(context, context.VaultPath(parse));
            if (vault is null)
            {
                return ExitCodes.Failed;
            }

            var match = filter.Owner is { } name && !IsVaultOwner(name, vault.Config.Owner) ? EntityResolver.Resolve(vault.Index, name) : null;
            if (match?.Entity is { } entity)
            {
                filter = filter with { Owner = entity.Name, OwnerAliases = entity.Aliases };
            }

            var today = vault.Today(context);
            var found = TaskReads.Find(vault.Index, filter, vault.Config.Owner);

            // A task written @Priya is Priya Raman's once the name resolved to her: one owner, one group.
            var rows = Ordered(match?.Entity is { } owner ? [.. found.Select(r => r with { Owner = owner.Name })] : found, vault.Config.Owner, today);
            if (rows.Count == 0 && match is { Entity: null })
            {
                context.Error($"no one named '{filter.Owner}' owns a task{EntityArgument.Hint(match.Suggestions)}");
                return ExitCodes.Failed;
            }

            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, rows.Select(r => TaskView.From(r.Row, today)), CliJsonContext.Default.IEnumerableTaskView);
            }
            else
            {
                WriteHuman(context, rows);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private TaskFilter Filter(ParseResult parse, CliContext context)
    {
        var statuses = new[] { parse.GetValue(open), parse.GetValue(done), parse.GetValue(all) }.Count(b => b);
        if (statuses > 1)
        {
            throw new CairnUsageException("use only one of --open, --done, --all");
        }

        return new TaskFilter
        {
            Status = parse.GetValue(done) ? TaskStatusFilter.Done : parse.GetValue(all) ? TaskStatusFilter.All : TaskStatusFilter.Open,
            Owner = parse.GetValue(owner),
            DueBefore = DateOption.Parse("--due-before", parse.GetValue(dueBefore)),
            OverdueOn = parse.GetValue(overdue) ? DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime) : null,
            Priority = ParsePriority(parse.GetValue(priority)),
            Account = parse.GetValue(account),
        };
    }

    private static TaskPriority? ParsePriority(string? value) =>
        value is null ? null
        : Enum.TryParse<TaskPriority>(value, ignoreCase: true, out var p) && !int.TryParse(value, out _) ? p
        : throw new CairnUsageException($"--priority: '{value}' is not one of highest, high, medium, none, low, lowest");

    private static bool IsVaultOwner(string name, string? vaultOwner)
    {
        var bare = name.Trim().TrimStart('@');
        return bare.Equals(TaskOwner.Myself, StringComparison.OrdinalIgnoreCase) || bare.Equals(vaultOwner, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Your own tasks first, then each owner by name (no owner last); within an owner, overdue first, then by due date.</summary>
    private static List<BriefTask> Ordered(IReadOnlyList<TaskRow> rows, string? vaultOwner, DateOnly today) =>
        [.. rows.GroupBy(r => r.Owner ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key.Length == 0 ? 2 : IsVaultOwner(g.Key, vaultOwner) ? 0 : 1)
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .SelectMany(g => BriefQuery.Sorted(g, today))];

    private static void WriteHuman(CliContext context, IReadOnlyList<BriefTask> rows)
    {
        if (rows.Count == 0)
        {
            context.Stdout.WriteLine("no tasks");
            return;
        }

        // Spectre lays a table out whole, measuring every cell: a list past PlainColumns.TableRows is plain lines.
        var cells = rows.Select(Cells).ToList();
        var plain = rows.Count > PlainColumns.TableRows ? new PlainColumns(["status", "priority", "due", "where", "task"], [.. cells.Select(Line)]) : null;
        foreach (var group in cells.GroupBy(r => r.Owner ?? "(no owner)"))
        {
            // The owner on its own line, not as the table's title: a title is centred with padding spaces.
            context.Console.MarkupLine($"[bold]{Markup.Escape(group.Key)}[/] ({group.Count()})");
            if (plain is not null)
            {
                plain.Write(context.Stdout, group.Select(Line));
            }
            else
            {
                WriteTable(context, group);
            }
        }
    }

    /// <summary>What a task shows, in the table's columns: status, task, priority, due (with "overdue"), where.</summary>
    private static TaskCells Cells(BriefTask task) => new(
        task.Row.Owner,
        TaskView.StatusName(task.Row.Task),
        task.Row.Task.Text,
        task.Row.Task.Priority == TaskPriority.None ? string.Empty : EnumName.Of(task.Row.Task.Priority),
        TaskView.Date(task.Row.Task.Due) is { } due ? task.Overdue ? $"{due} overdue" : due : string.Empty,
        task.Overdue,
        $"{task.Row.File}:{task.Row.Task.Line}");

    /// <summary>A task as a plain line's cells: the text last, so a long one pushes no column apart.</summary>
    private static string[] Line(TaskCells task) => [task.Status, task.Priority, task.Due, task.Where, task.Text];

    private static void WriteTable(CliContext context, IEnumerable<TaskCells> rows)
    {
        var table = new Table();
        table.AddColumns("status", "task", "priority", "due", "where");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Status),
                Markup.Escape(row.Text),
                row.Priority,
                row.Overdue ? $"[red]{row.Due}[/]" : row.Due,
                Markup.Escape(row.Where));
        }

        context.Console.Write(table);
    }
}
