using Cairn.Index;
using Cairn.Notes;
using Cairn.Queries;
using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Index;

/// <summary>The index answers <c>cairn tasks</c> exactly as the direct reader does, for every filter.</summary>
public sealed class TaskReadsTests : IDisposable
{
    private readonly TestVault vault = TestVault.Standard();

    public TaskReadsTests()
    {
        vault.Write("Meetings/Initech/2025-10-01 - Odd.md", string.Join('\n',
            "---", "account: \"[[Initech]]\"", "---",
            "- [/] Half done @myself 🔼 ⏳ 2025-11-15 🆔 a1 ⛔ b2,b3", "- [-] Dropped @Tom Becker ❌ 2025-10-02", "- [?] Odd status @Priya Raman 📅 2025-09-30",
            "  - [ ] Nested @Ann Lee 🔽 📅 2025-12-01 #x/y", "```", "- [ ] in code", "```", "- [ ] No owner 📅 2025-11-19", ""));
    }

    public void Dispose() => vault.Dispose();

    public static TheoryData<TaskFilter> Filters() =>
    [
        new TaskFilter(),
        new TaskFilter { Status = TaskStatusFilter.All },
        new TaskFilter { Status = TaskStatusFilter.Done },
        new TaskFilter { Owner = "Myself" },
        new TaskFilter { Owner = "jason vallery", Status = TaskStatusFilter.All },
        new TaskFilter { Owner = "@Priya Raman" },
        new TaskFilter { DueBefore = new DateOnly(2025, 11, 12) },
        new TaskFilter { OverdueOn = new DateOnly(2025, 11, 20) },
        new TaskFilter { Priority = Cairn.Notes.TaskPriority.High },
        new TaskFilter { Account = "acme", Status = TaskStatusFilter.All },
        new TaskFilter { Account = "Initech", Owner = "Myself" },
    ];

    [Theory]
    [MemberData(nameof(Filters))]
    public void Index_matches_the_direct_reader(TaskFilter filter)
    {
        var notes = VaultNoteReader.NotePaths(VaultNoteReader.AllFiles(vault.Root)).Select(p => VaultNoteReader.Read(vault.Root, p).Note!);
        var direct = TasksOracle.Run(notes, filter, "Jason Vallery");
        using var index = vault.OpenIndex();
        index.Refresh();

        var indexed = TaskReads.Find(index, filter, "Jason Vallery");

        Assert.NotEmpty(direct);
        Assert.Equal(direct.Select(Key), indexed.Select(Key));
    }

    [Fact]
    public void An_accounts_tasks_are_read_through_its_notes()
    {
        using var index = vault.OpenIndex();
        index.Refresh();
        using var command = TaskReads.Command(index, new TaskFilter { Account = "Acme" }, "Jason Vallery");
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Equal(2, plan.Count);
        Assert.Contains("index_notes_account", plan[0], StringComparison.Ordinal);
        Assert.Contains("INTEGER PRIMARY KEY (rowid>? AND rowid<?)", plan[1], StringComparison.Ordinal);
    }

    // TaskLine holds lists, which records compare by reference: compare what a reader sees instead.
    private static string Key(TaskRow row) =>
        string.Join('|', row.File, row.Task.Line, row.Task.Raw, row.Task.Format(), row.Owner, row.Account, row.Task.Status, string.Join(',', row.Task.Tags), string.Join(',', row.Task.DependsOn));
}
