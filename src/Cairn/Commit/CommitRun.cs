using Cairn.Planning;
using Cairn.Vault;

namespace Cairn.Commit;

/// <summary>
/// One run, holding the vault lock: apply change sets and failures, then <see cref="Complete"/>. Each source
/// is all-or-nothing: its operations are journaled before they happen, and its notes, ledger and archive move
/// count only once one transaction marks it processed. A source that fails is rolled back and left in the Inbox.
/// Disposing without <see cref="Complete"/> leaves the run for the next run's recovery, like a crash would.
/// </summary>
public sealed class CommitRun : IDisposable
{
    private readonly VaultPaths paths;
    private readonly StateStore state;
    private readonly IVaultFileSystem fs;
    private readonly IDisposable vaultLock;
    private readonly TimeProvider time;
    private readonly JournalReverter reverter;
    private readonly List<SourceOutcome> outcomes = [];

    internal CommitRun(VaultPaths paths, StateStore state, IVaultFileSystem fs, IDisposable vaultLock, TimeProvider time)
    {
        this.paths = paths;
        this.state = state;
        this.fs = fs;
        this.vaultLock = vaultLock;
        this.time = time;
        reverter = new JournalReverter(paths, fs);
        RunId = state.BeginRun();
    }

    public long RunId { get; }

    public IReadOnlyList<SourceOutcome> Outcomes => outcomes;

    /// <summary>The entity notes an earlier run planned and never wrote (it died, or the write failed).</summary>
    public IReadOnlyList<PlannedEntity> OwedEntities() => state.OwedEntities();

    /// <summary>Records entity notes as owed a refresh; called before the sources they come from commit.</summary>
    public void OweEntities(IEnumerable<PlannedEntity> entities) => state.OweEntities(entities);

    /// <summary>Marks entity notes as refreshed (written, or already what they should be).</summary>
    public void SettleEntities(IEnumerable<string> paths) => state.SettleEntities(paths);

    /// <summary>Records model tokens spent in this run; they stay in history even when a source fails or is undone (they were sent).</summary>
    public void AddTokens(long tokensIn, long tokensOut)
    {
        if (tokensIn > 0 || tokensOut > 0)
        {
            state.AddRunTokens(RunId, tokensIn, tokensOut);
        }
    }

    /// <summary>Applies one source's changes; a failure comes back as a <see cref="SourceStatus.Failed"/> outcome.</summary>
    public SourceOutcome Apply(ChangeSet change)
    {
        if (state.Processed(change.SourceHash) is { } done)
        {
            return Record(new SourceOutcome(change.SourcePath, SourceStatus.Skipped, done.Notes, done.ArchivedPath, 0, null));
        }

        var writer = new SourceWriter(paths, state, fs, RunId, change.SourceHash);
        try
        {
            var outcome = writer.Write(change);
            state.InTransaction(() =>
            {
                writer.CommitLedger();
                state.AddProcessed(new ProcessedSource(change.SourceHash, change.SourcePath, outcome.MovedTo, outcome.Notes, RunId, time.GetUtcNow()));
                state.SetState(writer.Operations, OperationState.Done);
            });
            return Record(outcome);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A fault we can undo: put this source's files back and carry on with the next source.
            reverter.RevertAll(state.Operations(RunId).Where(e => writer.Operations.Contains(e.Id)));
            state.SetState(writer.Operations, OperationState.RolledBack);
            return Record(new SourceOutcome(change.SourcePath, SourceStatus.Failed, [], null, 0, ex.Message));
        }
    }

    /// <summary>
    /// Moves a source that could not be processed to <c>_failed/</c> (never overwriting) and writes
    /// <c>&lt;name&gt;.error.md</c> beside it with <paramref name="reason"/>.
    /// </summary>
    public SourceOutcome Fail(string sourcePath, string reason)
    {
        var writer = new SourceWriter(paths, state, fs, RunId, sourceHash: null);
        var date = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var (movedTo, note) = writer.MoveToFailed(sourcePath, reason, date);
        state.InTransaction(() => state.SetState(writer.Operations, OperationState.Done));
        return Record(new SourceOutcome(sourcePath, SourceStatus.Failed, note is null ? [] : [note], movedTo, 0, reason));
    }

    /// <summary>Records an Inbox file Cairn will not move, so later runs report it once, not as a failure every time (<see cref="StateStore.Refused"/>).</summary>
    public void Refuse(string sourcePath, string stamp, string problem) => state.Refuse(sourcePath, stamp, problem);

    /// <summary>
    /// Sets a source already ingested (same bytes as <paramref name="sourceHash"/>) aside in <c>Inbox/_duplicates/</c>,
    /// so it is not reported again on every run; its outcome is <see cref="SourceStatus.Skipped"/>, naming the copy
    /// that was ingested. Journaled, so <c>undo</c> puts it back. Left where it is when no copy was ingested after
    /// all (the first copy failed: this one is tried on the next run).
    /// </summary>
    public SourceOutcome SetAside(string sourcePath, string sourceHash)
    {
        if (state.Processed(sourceHash) is not { } ingested)
        {
            return Record(new SourceOutcome(sourcePath, SourceStatus.Skipped, [], null, 0, null));
        }

        var writer = new SourceWriter(paths, state, fs, RunId, sourceHash: null);
        var movedTo = writer.MoveAside(sourcePath, paths.Layout.Duplicates);
        state.InTransaction(() => state.SetState(writer.Operations, OperationState.Done));
        var reason = $"already ingested (same content as {ingested.ArchivedPath ?? ingested.SourcePath})" + (movedTo is null ? string.Empty : $"; moved to {movedTo}");
        return Record(new SourceOutcome(sourcePath, SourceStatus.Skipped, [], movedTo, 0, reason));
    }

    /// <summary>
    /// Writes one file as given, not merged and not in the ledger: a tick, a brief, a dashboard, a source copied
    /// into the Inbox. Journaled like every write, so <c>undo</c> restores what was there and <c>history</c>
    /// counts it. False when the file already holds these bytes (nothing is written or journaled). A fault is
    /// rolled back and rethrown.
    /// </summary>
    public bool Write(string path, byte[] bytes) => WriteAsIs(path, bytes, ledgerText: null);

    /// <summary>
    /// Writes tasks Cairn ticked in a note it generates (copies in an entity note's Open Tasks) as <see cref="Write"/>
    /// does, and ticks the same lines in the note's ledger: the tick is Cairn's own edit, so the next regeneration
    /// takes the done task out of Open Tasks instead of keeping it as a person's edit or offering a conflict.
    /// </summary>
    public bool WriteTicks(string path, byte[] bytes, IReadOnlyList<(string Open, string Ticked)> ticks)
    {
        var lines = state.Ledger(path)?.Split('\n');
        var found = false;
        foreach (var (open, ticked) in ticks)
        {
            var at = lines is null ? -1 : Array.IndexOf(lines, open);
            if (at >= 0)
            {
                lines![at] = ticked;
                found = true;
            }
        }

        return WriteAsIs(path, bytes, found ? string.Join('\n', lines!) : null);
    }

    private bool WriteAsIs(string path, byte[] bytes, string? ledgerText)
    {
        var writer = new SourceWriter(paths, state, fs, RunId, sourceHash: null);
        try
        {
            var wrote = writer.WriteAsIs(path, bytes, ledgerText);
            state.InTransaction(() =>
            {
                writer.CommitLedger();
                state.SetState(writer.Operations, OperationState.Done);
            });
            return wrote;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reverter.RevertAll(state.Operations(RunId).Where(e => writer.Operations.Contains(e.Id)));
            state.SetState(writer.Operations, OperationState.RolledBack);
            throw;
        }
    }

    /// <summary>
    /// Marks the run committed; a run that touched no file and spent no tokens is forgotten instead, so
    /// <c>history</c> lists only runs that did something. Without it the run counts as interrupted.
    /// </summary>
    public void Complete()
    {
        if (!state.ForgetIfEmpty(RunId))
        {
            state.SetRunStatus(RunId, RunStatus.Committed);
        }
    }

    public void Dispose()
    {
        state.Dispose();
        vaultLock.Dispose();
    }

    private SourceOutcome Record(SourceOutcome outcome)
    {
        outcomes.Add(outcome);
        return outcome;
    }
}
