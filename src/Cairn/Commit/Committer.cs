using Cairn.Planning;
using Cairn.Vault;

namespace Cairn.Commit;

/// <summary>
/// The only writer of the vault. Every entry point takes the vault lock, opens <c>.cairn/state.db</c> and first
/// repairs what a crashed process left (rolls back unfinished sources, finishes an interrupted undo, deletes
/// temp files), so the vault is consistent before anything new happens. See docs/vault.md.
/// </summary>
/// <param name="held">The vault lock when the caller already holds it (for its whole plan and commit); the committer then borrows it.</param>
public sealed class Committer(VaultPaths paths, TimeProvider time, IVaultFileSystem? fileSystem = null, TimeSpan? lockWait = null, VaultLock? held = null)
{
    private readonly IVaultFileSystem fs = fileSystem ?? VaultFileSystem.Instance;

    /// <summary>Starts a run: the caller applies change sets and failures, then completes and disposes it.</summary>
    public CommitRun BeginRun()
    {
        var (vaultLock, state) = Open();
        try
        {
            return new CommitRun(paths, state, fs, vaultLock, time);
        }
        catch
        {
            state.Dispose();
            vaultLock.Dispose();
            throw;
        }
    }

    /// <summary>Applies <paramref name="changes"/> as one run; one outcome per change set, in order.</summary>
    public IReadOnlyList<SourceOutcome> Commit(IEnumerable<ChangeSet> changes)
    {
        using var run = BeginRun();
        foreach (var change in changes)
        {
            run.Apply(change);
        }

        run.Complete();
        return run.Outcomes;
    }

    /// <summary>
    /// Reverts the newest run that is not undone yet: restores prior bytes, deletes created notes, moves sources
    /// back, forgets their processed rows and ledger entries. Refuses (touching nothing) when a file changed since
    /// the run, unless <paramref name="force"/>, which reverts the files anyway.
    /// </summary>
    public UndoResult UndoLastRun(bool force = false)
    {
        var (vaultLock, state) = Open();
        using (vaultLock)
        using (state)
        {
            if (state.LastUndoableRun() is not { } runId)
            {
                return UndoResult.NothingToUndo;
            }

            var reverter = new JournalReverter(paths, fs);
            var done = state.Operations(runId).Where(e => e.State == OperationState.Done).OrderByDescending(e => e.Id).ToList();
            var plan = reverter.Plan(done);
            var changed = plan.Where(p => p.Check == JournalReverter.Check.Changed).Select(p => p.Entry.Path).Distinct().ToList();
            if (changed.Count > 0 && !force)
            {
                return new UndoResult(runId, false, [], changed);
            }

            state.SetRunStatus(runId, RunStatus.Undoing);
            Revert(state, reverter, runId, done, force);
            var reverted = plan.Where(p => p.Check != JournalReverter.Check.AlreadyReverted || force).Select(p => p.Entry.Path).Distinct().ToList();
            return new UndoResult(runId, true, reverted, changed);
        }
    }

    /// <summary>
    /// Repairs what a crashed process left (see the class summary). A run that lists the Inbox calls this first,
    /// holding the lock: a source the repair moves back must be in the listing.
    /// </summary>
    public void Recover()
    {
        var (vaultLock, state) = Open();
        vaultLock.Dispose();
        state.Dispose();
    }

    /// <summary>
    /// Reads <c>state.db</c> after the repair, for a plan: a rebuild's recorded entity subjects (what kind of note each
    /// link is) and the ledger its writes are merged against.
    /// </summary>
    public T Read<T>(Func<StateStore, T> read)
    {
        var (vaultLock, state) = Open();
        using (vaultLock)
        using (state)
        {
            return read(state);
        }
    }

    /// <summary>Every run, newest first.</summary>
    public IReadOnlyList<RunSummary> History()
    {
        var (vaultLock, state) = Open();
        using (vaultLock)
        using (state)
        {
            return state.Runs();
        }
    }

    private (IDisposable Lock, StateStore State) Open()
    {
        IDisposable vaultLock = held is null ? VaultLock.Acquire(paths.Root, lockWait) : new Borrowed();
        try
        {
            var state = StateStore.Open(paths.Resolve(VaultLayout.StateDatabase), time);
            try
            {
                state.CheckIntegrity();
                Recover(state);
            }
            catch
            {
                state.Dispose();
                throw;
            }

            return (vaultLock, state);
        }
        catch
        {
            vaultLock.Dispose();
            throw;
        }
    }

    private void Recover(StateStore state)
    {
        var unfinished = state.UnfinishedRuns();
        if (unfinished.Count == 0)
        {
            return;
        }

        var reverter = new JournalReverter(paths, fs);
        foreach (var (runId, status) in unfinished)
        {
            var operations = state.Operations(runId);
            if (status == RunStatus.Undoing)
            {
                Revert(state, reverter, runId, operations.Where(e => e.State == OperationState.Done).OrderByDescending(e => e.Id).ToList(), force: false);
                continue;
            }

            var pending = operations.Where(e => e.State == OperationState.Pending).ToList();
            reverter.RevertAll(pending);
            state.InTransaction(() =>
            {
                state.SetState(pending.Select(e => e.Id), OperationState.RolledBack);
                state.SetRunStatus(runId, RunStatus.Interrupted);
            });
        }

        AtomicFile.DeleteLeftovers(paths.Root);
    }

    /// <summary>Reverts a run's done operations (newest first) and then, in one transaction, its ledger and processed rows.</summary>
    private static void Revert(StateStore state, JournalReverter reverter, long runId, IReadOnlyList<JournalEntry> newestFirst, bool force)
    {
        foreach (var (entry, check) in reverter.Plan(newestFirst))
        {
            if (check == JournalReverter.Check.Revert || (force && check == JournalReverter.Check.Changed && entry.Kind != OperationKind.Move))
            {
                reverter.Apply(entry);
            }
        }

        state.InTransaction(() =>
        {
            // A source's notes, and a tick written into a generated note's ledger (HadLedger), put their ledger back.
            foreach (var entry in newestFirst.Where(e => (e.SourceHash is not null || e.HadLedger) && e.Kind != OperationKind.Move))
            {
                if (entry.HadLedger)
                {
                    state.SetLedger(entry.Path, entry.PriorLedger ?? string.Empty, runId);
                }
                else
                {
                    state.RemoveLedger(entry.Path);
                }
            }

            state.RemoveProcessedByRun(runId);
            state.SetState(newestFirst.Select(e => e.Id), OperationState.Undone);
            state.SetRunStatus(runId, RunStatus.Undone);
        });
    }

    /// <summary>A lock the caller holds: released by the caller, not by the run.</summary>
    private sealed class Borrowed : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
