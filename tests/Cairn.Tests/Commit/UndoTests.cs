using Cairn.Commit;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Commit;

public sealed class UndoTests
{
    [Fact]
    public void Undo_restores_the_vault_byte_for_byte_run_by_run()
    {
        using var vault = new CommitFixture();
        var start = vault.Snapshot();
        vault.Committer().Commit([vault.Source("one.vtt", "First.")]);
        var afterFirst = vault.Snapshot();
        vault.Committer().Commit([vault.Source("two.vtt", "Second.", personContent: CommitFixture.Person("Jane Doe", "two.vtt", "one.vtt"))]);
        var afterSecond = vault.Snapshot();
        File.WriteAllText(vault.Paths.Resolve("Inbox/three.docx"), "broken");
        vault.Fail("Inbox/three.docx", "damaged");
        Assert.True(vault.Exists("Inbox/_failed/three.docx.error.md"));

        var fail = vault.Committer().UndoLastRun();
        Assert.True(fail.Undone);
        Assert.Equal(afterSecond, vault.Snapshot().Where(kv => kv.Key != "Inbox/three.docx").ToDictionary());
        var second = vault.Committer().UndoLastRun();
        Assert.True(second.Undone);
        Assert.Equal(afterFirst, vault.Snapshot().Where(kv => kv.Key is not ("Inbox/two.vtt" or "Inbox/three.docx")).ToDictionary());
        Assert.True(vault.Exists("Inbox/two.vtt"));

        var first = vault.Committer().UndoLastRun();
        Assert.True(first.Undone);
        var expected = start.ToDictionary();
        expected["Inbox/one.vtt"] = Convert.ToBase64String("First."u8.ToArray());
        expected["Inbox/two.vtt"] = Convert.ToBase64String("Second."u8.ToArray());
        expected["Inbox/three.docx"] = Convert.ToBase64String("broken"u8.ToArray());
        Assert.Equal(expected, vault.Snapshot());

        using (var state = vault.State())
        {
            Assert.Null(state.Ledger("People/Jane Doe.md"));
            Assert.All(state.Runs(), r => Assert.Equal(RunStatus.Undone, r.Status));
        }

        Assert.False(vault.Committer().UndoLastRun().Undone);
    }

    [Fact]
    public void Undo_then_rerun_processes_the_source_again()
    {
        using var vault = new CommitFixture();
        var change = vault.Source("one.vtt", "First.");
        vault.Committer().Commit([change]);
        var done = vault.Snapshot();
        vault.Committer().UndoLastRun();
        Assert.Equal(SourceStatus.Created, vault.Committer().Commit([change])[0].Status);
        Assert.Equal(done, vault.Snapshot());
    }

    [Fact]
    public void Undo_refuses_when_a_note_changed_since_and_force_reverts_anyway()
    {
        using var vault = new CommitFixture();
        var before = vault.Snapshot();
        vault.Committer().Commit([vault.Source("one.vtt", "First.")]);
        File.AppendAllText(vault.Paths.Resolve("Meetings/one.md"), "my edit\n");
        var afterEdit = vault.Snapshot();

        var refused = vault.Committer().UndoLastRun();
        Assert.False(refused.Undone);
        Assert.Equal(["Meetings/one.md"], refused.Changed);
        Assert.Equal(afterEdit, vault.Snapshot());

        var forced = vault.Committer().UndoLastRun(force: true);
        Assert.True(forced.Undone);
        Assert.False(vault.Exists("Meetings/one.md"));
        Assert.True(vault.Exists("Inbox/one.vtt"));
        Assert.Equal(before.Count + 1, vault.Snapshot().Count);
    }

    [Fact]
    public void A_crash_during_undo_is_finished_by_the_next_process()
    {
        using var vault = new CommitFixture();
        vault.Committer().Commit([vault.Source("one.vtt", "First.")]);
        var start = vault.Snapshot();
        vault.Committer().UndoLastRun();
        var undone = vault.Snapshot();
        vault.Committer().Commit([vault.Source("one.vtt", "First.")]);
        Assert.Equal(start, vault.Snapshot());

        Assert.Throws<SimulatedCrashException>(() => vault.Committer(new FaultyFileSystem(2, Fault.CrashAfter)).UndoLastRun());
        var history = vault.Committer().History();
        Assert.Equal(RunStatus.Undone, history[0].Status);
        Assert.Equal(undone, vault.Snapshot());
    }
}
