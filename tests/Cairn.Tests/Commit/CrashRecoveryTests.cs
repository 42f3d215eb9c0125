using Cairn.Commit;
using Cairn.Planning;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Commit;

/// <summary>The disk fails after every single file operation of a run; a rerun must end exactly like a clean run.</summary>
public sealed class CrashRecoveryTests
{
    [Theory]
    [InlineData(Fault.CrashAfter)]
    [InlineData(Fault.TornWrite)]
    [InlineData(Fault.IoError)]
    public void After_a_fault_at_any_operation_a_rerun_gives_the_clean_result(Fault fault)
    {
        // An I/O error fails one source and the run goes on, so a byte-identical copy would take its place.
        var withCopy = fault != Fault.IoError;
        var (clean, operations) = CleanRun(withCopy);
        Assert.True(operations >= (withCopy ? 6 : 5), $"only {operations} operations");
        for (var failAt = 1; failAt <= operations; failAt++)
        {
            using var vault = new CommitFixture();
            var changes = Changes(vault, withCopy);
            try
            {
                var first = vault.Committer(new FaultyFileSystem(failAt, fault)).Commit(changes);
                Assert.Single(first, o => o.Status == SourceStatus.Failed);
                Assert.Empty(vault.TempFiles());
            }
            catch (SimulatedCrashException)
            {
                // The process died here; what follows is the next process.
            }

            var rerun = vault.Committer().Commit(changes);

            Assert.Equal(clean, vault.Snapshot());
            Assert.Empty(vault.TempFiles());
            Assert.All(rerun, o => Assert.NotEqual(SourceStatus.Failed, o.Status));
            using var state = vault.State();
            Assert.All(changes, c => Assert.NotNull(state.Processed(c.SourceHash)));
            Assert.DoesNotContain(state.Runs(), r => r.Status == RunStatus.Running);
        }
    }

    [Fact]
    public void A_crash_during_recovery_is_recovered_by_the_next_run()
    {
        var (clean, _) = CleanRun(withCopy: true);
        using var vault = new CommitFixture();
        var changes = Changes(vault, withCopy: true);
        Assert.Throws<SimulatedCrashException>(() => vault.Committer(new FaultyFileSystem(5, Fault.CrashAfter)).Commit(changes));
        Assert.Throws<SimulatedCrashException>(() => vault.Committer(new FaultyFileSystem(1, Fault.CrashAfter)).Commit(changes));
        vault.Committer().Commit(changes);
        Assert.Equal(clean, vault.Snapshot());
    }

    private static (IReadOnlyDictionary<string, string> Snapshot, int Operations) CleanRun(bool withCopy)
    {
        using var vault = new CommitFixture();
        var counter = new FaultyFileSystem(int.MaxValue, Fault.CrashAfter);
        vault.Committer(counter).Commit(Changes(vault, withCopy));
        return (vault.Snapshot(), counter.Mutations);
    }

    /// <summary>Two sources sharing a person note, and maybe a byte-identical copy of the first (must be skipped).</summary>
    private static List<ChangeSet> Changes(CommitFixture vault, bool withCopy)
    {
        // After an I/O error the sources land in another order, so then the person note is what a planner would
        // write knowing both calls; otherwise the second source really updates (merges) the first one's note.
        var person = CommitFixture.Person("Jane Doe", "two.vtt", "one.vtt");
        var one = vault.Source("one.vtt", "First call.", personContent: withCopy ? CommitFixture.Person("Jane Doe", "one.vtt") : person);
        var two = vault.Source("two.vtt", "Second call.", personContent: person);
        return withCopy ? [one, two, vault.Source("one-copy.vtt", "First call.", personContent: person)] : [one, two];
    }
}
