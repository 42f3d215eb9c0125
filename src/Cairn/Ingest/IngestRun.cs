using Cairn.Commit;
using Cairn.Extraction;
using Cairn.Planning;
using Cairn.Resolution;
using Cairn.Sources;
using Cairn.Vault;

namespace Cairn.Ingest;

/// <summary>
/// One ingest: read and extract every source, then resolve and plan each (so a first name can match a person any
/// source of the run names in full), then refresh every entity note the run touched, once, from all the meetings
/// that link to it. Returns the plan; <see cref="Commit"/> applies it. One bad source never stops the run: it
/// becomes a failed item.
/// </summary>
public sealed class IngestRun(VaultPaths paths, CairnConfig config, string owner, IExtractor extractor, Func<string, byte[], SourceReadResult> read, StateStore? store = null)
{
    private readonly List<MeetingPlan> plans = [];
    private readonly Dictionary<string, string> originals = new(StringComparer.Ordinal);
    private Func<string, bool> processed = _ => false;

    public VaultState State { get; } = new(paths, config, owner, store);

    public async Task<IngestReport> PlanAsync(IReadOnlyList<string> sources, Func<string, bool>? alreadyProcessed = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var items = new List<IngestItem>();
        var read = new List<(int Index, IngestSource Source, ExtractionContext Context)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        processed = alreadyProcessed ?? (_ => false);
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (item, ready) = ReadGuarded(source, seen);
            items.Add(item);
            if (ready is null)
            {
                progress?.Report(source);
                continue;
            }

            // The context is taken here, on one thread, before any extraction runs concurrently.
            read.Add((items.Count - 1, ready, VaultKnowledge.ContextFor(State.Entities, config, State.Owner)));
        }

        // Every source's extraction starts at once: an LLM extractor bounds its own requests in flight, and the
        // offline one completes each call before returning, so it runs them one after another as before.
        var done = await Task.WhenAll(read.Select(r => ExtractGuardedAsync(r.Source, r.Context, items[r.Index], progress, cancellationToken))).ConfigureAwait(false);
        var extracted = new List<(IngestSource Source, MeetingExtract Extract)>();
        for (var i = 0; i < read.Count; i++)
        {
            items[read[i].Index] = done[i].Item;
            if (done[i].Extract is { } extract)
            {
                extracted.Add((read[i].Source, extract));
            }
        }

        // Planned in the order the meetings happened (stable: a day's sources keep their Inbox order), as if each had
        // been ingested when it arrived: the first meeting with a person makes their note.
        extracted = [.. extracted.OrderBy(e => e.Extract.Date)];
        foreach (var name in extracted.SelectMany(e => PeopleOf(e.Extract)))
        {
            State.Entities.AddPerson(name);
        }

        plans.Clear();
        foreach (var (source, extract) in extracted)
        {
            if (PlanGuarded(source, extract) is { } failure)
            {
                items[items.FindIndex(i => i.Source == source.InboxPath)] = failure;
            }
        }

        var entityChanges = EntityChanges(plans.SelectMany(p => p.Entities));
        var changes = plans.Select(p => p.Change).ToList();
        var writes = changes.Concat(entityChanges).SelectMany(c => c.Notes).Select(n => PlannedWrite.Of(n.Path, State.DiskText(n.Path), n.Content, State.Ledger(n.Path))).Where(w => w.Changes).ToList();
        return new IngestReport(Settle(items), changes, writes)
        {
            EntityChanges = entityChanges,
            EntitiesBySource = plans.ToDictionary(p => p.Change.SourcePath, p => p.Entities, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Applies the plan as one committer run: every source's change set, the failures, then the entity notes as
    /// their own change sets, planned again from the meeting notes as they are on disk after the sources (so a
    /// source that failed to commit drops only its own meeting, never another source's entity updates), with the
    /// entity notes an interrupted run still owes.
    /// </summary>
    public IngestReport Commit(IngestReport report, TimeProvider time, IVaultFileSystem? fileSystem = null, TimeSpan? lockWait = null, VaultLock? held = null) =>
        IngestCommit.Apply(paths, report, time, fileSystem, lockWait: lockWait, held: held, copyOf: CopyOf, entitiesAfter: (committed, owed) =>
        {
            State.ForgetPlans();
            State.RecordMeetings(plans.Where(p => committed.Contains(p.Change.SourcePath)).Select(p => p.Change.Notes[0].Path));
            var snapshot = State.Lookup();
            var replanned = owed.Select(o => EntityPlanner.Replan(o.Subject, snapshot)).OfType<PlannedEntity>();
            // An owed note first: its subject comes from the interrupted run, whose sources came before this run's.
            return EntityChanges(replanned.Concat(plans.Where(p => committed.Contains(p.Change.SourcePath)).SelectMany(p => p.Entities)));
        });

    /// <summary>
    /// Reads <paramref name="source"/>, a path in the Inbox, from <paramref name="fullPath"/> outside it; the commit
    /// copies it to <paramref name="source"/> first (a dry run never does).
    /// </summary>
    public void ReadFrom(string source, string fullPath) => originals[source] = fullPath;

    /// <summary>An unexpected failure on one source (a bug in a rule, an extractor's error) fails that source only, with its reason.</summary>
    private (IngestItem Item, IngestSource? Ready) ReadGuarded(string source, HashSet<string> seen)
    {
        try
        {
            return ReadOne(source, seen);
        }
        catch (Exception ex) when (IsSourceFailure(ex, CancellationToken.None))
        {
            return (Unexpected(source, ex), null);
        }
    }

    /// <summary>
    /// Extracts one source that was read; a model that could not do it (<see cref="ExtractionFailedException"/>)
    /// or any unexpected error fails that source only.
    /// </summary>
    private async Task<(IngestItem Item, MeetingExtract? Extract)> ExtractGuardedAsync(IngestSource source, ExtractionContext context, IngestItem item, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        try
        {
            var extract = await extractor.ExtractAsync(source.Document, context, cancellationToken).ConfigureAwait(false);
            return (item with { Origin = extract.Origin }, extract);
        }
        catch (ExtractionFailedException ex)
        {
            return (new IngestItem(source.InboxPath, IngestStatus.Failed, [], ex.Message), null);
        }
        catch (Exception ex) when (IsSourceFailure(ex, cancellationToken))
        {
            return (Unexpected(source.InboxPath, ex), null);
        }
        finally
        {
            progress?.Report(source.InboxPath);
        }
    }

    private IngestItem? PlanGuarded(IngestSource source, MeetingExtract extract)
    {
        try
        {
            plans.Add(PlanOne(source, extract));
            return null;
        }
        catch (Exception ex) when (IsSourceFailure(ex, CancellationToken.None))
        {
            return Unexpected(source.InboxPath, ex);
        }
    }

    private static bool IsSourceFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is not (OutOfMemoryException or StackOverflowException) && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private static IngestItem Unexpected(string source, Exception ex)
    {
        var message = ex.Message.Split('\n', 2)[0].TrimEnd();
        return new IngestItem(source, IngestStatus.Failed, [], $"could not be ingested ({ex.GetType().Name}: {message})");
    }

    /// <summary>The bytes to copy into the Inbox for a source read from elsewhere; null when it is in the Inbox or cannot be read (its failure is reported, the original stays where it is).</summary>
    private byte[]? CopyOf(string source)
    {
        try
        {
            return originals.TryGetValue(source, out var original) ? RegularFile.ReadAllBytes(original, config.ReaderMaxBytes) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private (IngestItem Item, IngestSource? Ready) ReadOne(string source, HashSet<string> seen)
    {
        byte[] bytes;
        string full;
        try
        {
            // A name with a newline, a link out of the vault: that source's problem only (VaultPathException is an IOException).
            full = originals.TryGetValue(source, out var original) ? original : paths.Resolve(source);
            // Refused before reading when over the limit; a FIFO or a device named like a source reads as empty rather than forever.
            bytes = RegularFile.ReadAllBytes(full, config.ReaderMaxBytes);
        }
        catch (VaultPathException ex)
        {
            return (Refused(source, ex.Message), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (new IngestItem(source, IngestStatus.Failed, [], ex.Message), null);
        }

        if (bytes.Length == 0)
        {
            // Before the same-content check: two FIFOs (both read as empty) are not one source ingested twice.
            return (new IngestItem(source, IngestStatus.Failed, [], "the file is empty (or not a regular file: a FIFO or a device)"), null);
        }

        var hash = ContentHash.Of(bytes);
        if (processed(hash) || !seen.Add(hash))
        {
            return (new IngestItem(source, IngestStatus.Skipped, [], "already ingested (same content)") { Hash = hash }, null);
        }

        var result = read(Path.GetFileName(source), bytes);
        if (result.Document is not { } readDocument)
        {
            return (new IngestItem(source, IngestStatus.Failed, [], result.Error?.Problem ?? "unreadable"), null);
        }

        var document = readDocument.DatedByFileTime(File.GetLastWriteTime(full));
        return (new IngestItem(source, IngestStatus.Created, [], null) { Dated = document.DateFallback }, new IngestSource(source, hash, document));
    }

    /// <summary>
    /// An Inbox file whose path Cairn refuses cannot be moved to <c>_failed/</c>: it fails the first time, and is
    /// skipped with a reminder while it stays as it was refused (its size, time and link target), not failed on every run.
    /// </summary>
    private IngestItem Refused(string source, string problem)
    {
        var stamp = RefusedStamp(Path.Combine(paths.Root, source));
        if (stamp is not null && State.Refused(source, stamp) is { } before)
        {
            return new IngestItem(source, IngestStatus.Skipped, [], $"left in the Inbox as reported on {before.At.ToLocalTime():yyyy-MM-dd} ({before.Problem}): {RefusedAdvice}");
        }

        return new IngestItem(source, IngestStatus.Failed, [], problem) { RefusedStamp = stamp };
    }

    /// <summary>What to do with an Inbox file Cairn will not move; said when it is refused and each time it is skipped.</summary>
    internal const string RefusedAdvice = "rename it without control characters, or put the file itself in place of the link, and the next run reads it";

    private static string? RefusedStamp(string full)
    {
        try
        {
            var file = new FileInfo(full);
            return file.Exists ? $"{MeetingLinks.StampOf(file)}:{file.LinkTarget}" : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private MeetingPlan PlanOne(IngestSource source, MeetingExtract extract)
    {
        var resolved = ExtractResolver.Resolve(extract, State.Entities, State.Owner);
        var plan = IngestPlanner.Plan(source, resolved, State.Lookup());
        var meeting = plan.Change.Notes[0];
        State.Plan(meeting.Path, meeting.Content, plan.Meeting);
        if (plan.Change.Archive is { } archive)
        {
            State.Plan(archive.To, null);
        }

        return plan;
    }

    /// <summary>Full names this source names (attendees, people mentioned): they count for first names in every source of the run.</summary>
    private IEnumerable<string> PeopleOf(MeetingExtract extract) =>
        extract.Participants
            .Concat(extract.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name))
            .Select(n => ExtractResolver.CanonicalName(n, State.Entities, State.Owner))
            .Where(n => n.Contains(' ', StringComparison.Ordinal));

    /// <summary>
    /// One change set per entity note whose text changes, so a failure to write one never holds back another. A
    /// note that does not exist and that no meeting links to (its source never committed) is not made. A tick made on
    /// a copy in one of these notes is carried to its meeting first (<see cref="VaultState.CarryTicks"/>).
    /// </summary>
    private List<ChangeSet> EntityChanges(IEnumerable<PlannedEntity> entities)
    {
        // The last plan of a note wins: a later source of the run may have added an alias ("Initech Systems" to Initech).
        var refreshed = entities.GroupBy(e => e.Path, StringComparer.OrdinalIgnoreCase).Select(g => g.Last()).ToList();
        // First the ticks made on copies in these notes, carried to their meetings (each meeting note its own change set).
        var changes = State.CarryTicks(refreshed.Select(e => (e.Path, e.Subject.Stem))).Select(c => IngestCommit.Unsourced([c], State.DiskText(c.Path))).ToList();
        foreach (var entity in refreshed)
        {
            var meetings = State.MeetingsLinking(entity.Subject.Stem).ToList();
            var current = State.DiskText(entity.Path);
            if (current is null && meetings.Count == 0)
            {
                continue;
            }

            var content = EntityPlanner.Render(entity, meetings, config.Organization.Us(State.Owner));
            if (!string.Equals(current, content, StringComparison.Ordinal))
            {
                changes.Add(IngestCommit.Unsourced([new NoteChange(entity.Path, content, current is null ? NoteChangeKind.Create : NoteChangeKind.Update)], current));
            }
        }

        return changes;
    }

    /// <summary>Each item's status and notes now that every source is planned: its meeting note, then its entity notes.</summary>
    private List<IngestItem> Settle(List<IngestItem> items) =>
        items.Select(item => plans.FirstOrDefault(p => p.Change.SourcePath == item.Source) is { } plan
                ? item with
                {
                    Status = plan.UpdatesExistingMeeting ? IngestStatus.Updated : IngestStatus.Created,
                    Notes = [plan.Change.Notes[0].Path, .. plan.Entities.Select(e => e.Path)],
                }
                : item)
            .ToList();
}
