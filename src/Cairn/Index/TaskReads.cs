using System.Globalization;
using System.Text;
using Cairn.Notes;
using Microsoft.Data.Sqlite;

namespace Cairn.Index;

/// <summary>
/// The index's typed reads of tasks: the tasks that pass a filter (<c>cairn tasks</c>, brief, pipeline, show,
/// MCP), in file and line order, each once (mirrors left out, <see cref="TaskMirror"/>), selected by SQL and
/// re-read from each task's stored line so every field is exactly the parser's.
/// </summary>
public static class TaskReads
{
    /// <summary>
    /// <see cref="TaskMirror"/>'s rule as SQL over the index's tasks (alias <c>t</c>) and notes (alias <c>n</c>);
    /// the tests hold it to the rule on parsed notes.
    /// </summary>
    private static string SqlIsNotMirror =>
        $" AND NOT (t.section = '{NoteSections.OpenTasks}' AND t.links <> '' AND lower(trim(coalesce(n.type, ''))) IN ({string.Join(", ", NoteTypes.EntityValues.Select(t => $"'{t}'"))}))";

    public static IReadOnlyList<TaskRow> Find(VaultIndex index, TaskFilter filter, string? vaultOwner)
    {
        using var command = Command(index, filter, vaultOwner);
        var rows = new List<TaskRow>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (TaskLine.TryParse(reader.GetString(2), out var task))
                {
                    var account = reader.IsDBNull(3) ? null : reader.GetString(3);
                    rows.Add(new TaskRow(reader.GetString(0), task with { Line = reader.GetInt32(1) }, TaskOwner.Resolve(task.Owner, vaultOwner), account));
                }
            }
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.File, b.File) is var c && c != 0 ? c : a.Task.Line.CompareTo(b.Task.Line));
        return rows;
    }

    /// <summary>The query for <paramref name="filter"/>, parameters bound.</summary>
    internal static SqliteCommand Command(VaultIndex index, TaskFilter filter, string? vaultOwner)
    {
        // An account's tasks are found through its notes (index_notes_account, then each note's rowid range of tasks): left to
        // itself the planner walks every open task in the vault by the due-date index (160 ms on 50,000 notes; through
        // the notes, 3 ms for the largest account).
        var from = filter.Account is null
            ? "index_tasks t JOIN index_notes n ON n.id = t.note_id"
            : "index_notes n CROSS JOIN index_tasks t ON t.rowid >= n.tasks_from AND t.rowid < n.tasks_to";
        var sql = new StringBuilder($"SELECT n.path, t.line, t.raw, n.account FROM {from} WHERE 1 = 1");
        var command = index.Connection.CreateCommand();
        AddFilters(sql, command, filter, vaultOwner);
        command.CommandText = sql.ToString();
        return command;
    }

    private static void AddFilters(StringBuilder sql, SqliteCommand command, TaskFilter filter, string? vaultOwner)
    {
        sql.Append(SqlIsNotMirror);
        sql.Append(filter.Status switch
        {
            TaskStatusFilter.Open => " AND t.is_open = 1",
            TaskStatusFilter.Done => " AND t.is_open = 0",
            _ => string.Empty,
        });
        if (filter.Account is { } account)
        {
            sql.Append(" AND n.account_key = $account");
            command.Parameters.AddWithValue("$account", account.Trim().ToLowerInvariant());
        }

        if (filter.Owner is { } owner)
        {
            var want = TaskOwner.Resolve(owner.Trim().TrimStart('@'), vaultOwner)!.ToLowerInvariant();
            var isOwner = vaultOwner is not null && want == vaultOwner.ToLowerInvariant();
            var aliases = filter.OwnerAliases.Select(a => a.Trim().ToLowerInvariant()).Where(a => a != want).Distinct().ToList();
            var others = string.Concat(aliases.Select((_, i) => $", $alias{i}"));
            sql.Append(isOwner ? $" AND t.owner_key IN ($owner, $myself{others})" : $" AND t.owner_key IN ($owner{others})");
            command.Parameters.AddWithValue("$owner", want);
            command.Parameters.AddWithValue("$myself", TaskOwner.Myself.ToLowerInvariant());
            for (var i = 0; i < aliases.Count; i++)
            {
                command.Parameters.AddWithValue($"$alias{i}", aliases[i]);
            }
        }

        if (filter.Priority is { } priority)
        {
            sql.Append(" AND t.priority = $priority");
            command.Parameters.AddWithValue("$priority", (int)priority);
        }

        if (filter.DueBefore is { } before)
        {
            sql.Append(" AND t.due < $before");
            command.Parameters.AddWithValue("$before", Date(before));
        }

        if (filter.OverdueOn is { } today)
        {
            sql.Append(" AND t.is_open = 1 AND t.due < $today");
            command.Parameters.AddWithValue("$today", Date(today));
        }
    }

    /// <summary>The open mirror lines of entity notes (Open Tasks, linking a meeting) whose owner is <paramref name="owner"/> (lower case compared; null: no owner): where <c>cairn done</c> looks for a task's mirrors.</summary>
    public static IReadOnlyList<(string Path, int Line, string Links)> OpenMirrors(VaultIndex index, string? owner)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = """
            SELECT n.path, t.line, t.links FROM index_tasks t JOIN index_notes n ON n.id = t.note_id
            WHERE t.note_kind = 'Entity' AND t.is_open = 1 AND t.section = $section AND t.links <> ''
              AND (t.owner_key = $owner OR ($owner IS NULL AND t.owner_key IS NULL))
            """;
        command.Parameters.AddWithValue("$section", NoteSections.OpenTasks);
        command.Parameters.AddWithValue("$owner", (object?)owner?.ToLowerInvariant() ?? DBNull.Value);
        var result = new List<(string, int, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add((reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));
        }

        return result;
    }

    /// <summary>
    /// The open tasks outside entity notes whose owner is <paramref name="owner"/> (lower case compared; null: no
    /// owner) in the notes named <paramref name="fileName"/> (any folder, any case), by path and line, with their
    /// stored lines: where a mirror's task lives.
    /// </summary>
    public static IReadOnlyList<(string Path, int Line, string Raw)> OpenOutsideEntities(VaultIndex index, string? owner, string fileName)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = """
            SELECT n.path, t.line, t.raw FROM index_tasks t JOIN index_notes n ON n.id = t.note_id
            WHERE t.note_kind <> 'Entity' AND t.is_open = 1 AND (t.owner_key = $owner OR ($owner IS NULL AND t.owner_key IS NULL))
              AND (lower(n.path) = $file OR substr(lower(n.path), -length($file) - 1) = '/' || $file)
            ORDER BY n.path, t.line
            """;
        command.Parameters.AddWithValue("$owner", (object?)owner?.ToLowerInvariant() ?? DBNull.Value);
        command.Parameters.AddWithValue("$file", fileName);
        var result = new List<(string, int, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add((reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));
        }

        return result;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
