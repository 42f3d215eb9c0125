using Cairn.Notes;

namespace Cairn.Queries;

/// <summary>
/// <c>cairn tasks</c>: every task of the given notes that passes the filter, in file and line order, each once
/// (entity notes' mirrors of meeting tasks are left out, see <see cref="TaskMirror"/>). Pure.
/// </summary>
public static class TasksQuery
{
    public const string Myself = "Myself";

    public static IReadOnlyList<TaskRow> Run(IEnumerable<VaultNote> notes, TaskFilter filter, string? vaultOwner)
    {
        var rows = new List<TaskRow>();
        foreach (var note in notes.OrderBy(n => n.Path, StringComparer.Ordinal))
        {
            var account = NoteProperties.AccountOf(note.Document);
            if (filter.Account is not null && !string.Equals(account, filter.Account.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var task in note.Document.Tasks.Where(t => !TaskMirror.IsMirror(note.Document, t)))
            {
                var owner = ResolveOwner(task.Owner, vaultOwner);
                if (Matches(task, owner, filter, vaultOwner))
                {
                    rows.Add(new TaskRow(note.Path, task, owner, account));
                }
            }
        }

        return rows;
    }

    /// <summary><c>Myself</c> becomes the configured owner's name; without one it stays <c>Myself</c>.</summary>
    public static string? ResolveOwner(string? owner, string? vaultOwner) =>
        owner is not null && vaultOwner is not null && string.Equals(owner, Myself, StringComparison.OrdinalIgnoreCase) ? vaultOwner : owner;

    private static bool Matches(TaskLine task, string? owner, TaskFilter filter, string? vaultOwner)
    {
        var statusOk = filter.Status switch
        {
            TaskStatusFilter.Open => task.IsOpen,
            TaskStatusFilter.Done => !task.IsOpen,
            _ => true,
        };
        if (!statusOk)
        {
            return false;
        }

        if (filter.Owner is { } wanted)
        {
            var want = ResolveOwner(wanted.Trim().TrimStart('@'), vaultOwner);
            if (!string.Equals(owner, want, StringComparison.OrdinalIgnoreCase) && !filter.OwnerAliases.Contains(owner ?? string.Empty, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        if (filter.Priority is { } priority && task.Priority != priority)
        {
            return false;
        }

        if (filter.DueBefore is { } before && !(task.Due < before))
        {
            return false;
        }

        return filter.OverdueOn is not { } today || (task.IsOpen && task.Due < today);
    }
}
