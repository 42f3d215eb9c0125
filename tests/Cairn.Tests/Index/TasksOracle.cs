using Cairn.Index;
using Cairn.Notes;
using Cairn.Queries;

namespace Cairn.Tests.Index;

/// <summary>
/// The oracle for <see cref="TaskReads"/>: every task of the given parsed notes that passes the filter, in file
/// and line order, each once (entity notes' mirrors of meeting tasks are left out, see <see cref="TaskMirror"/>),
/// computed without the index, so a test can hold the SQL to the rules on notes. Pure.
/// </summary>
internal static class TasksOracle
{
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
                var owner = TaskOwner.Resolve(task.Owner, vaultOwner);
                if (Matches(task, owner, filter, vaultOwner))
                {
                    rows.Add(new TaskRow(note.Path, task, owner, account));
                }
            }
        }

        return rows;
    }

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
            var want = TaskOwner.Resolve(wanted.Trim().TrimStart('@'), vaultOwner);
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
