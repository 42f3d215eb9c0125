using Cairn.Commit;
using Cairn.Extraction;
using Cairn.Notes;
using Cairn.Planning;
using Cairn.Resolution;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Ingest;

/// <summary>
/// The vault as one run sees it: entity notes by name, meeting notes by date and stem, read from disk once and
/// kept current as the run plans new notes. It is the I/O side of <see cref="VaultLookup"/>.
/// </summary>
public sealed class VaultState
{
    private readonly VaultPaths paths;
    private readonly Dictionary<string, MeetingNoteView?> views = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, List<string>> meetingsByDate = [];
    private readonly HashSet<string> meetingStems = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> plannedPaths = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> planned = new(StringComparer.Ordinal);
    private readonly HashSet<string> runMeetings = new(StringComparer.Ordinal);
    private readonly List<(string Path, string Stamp)> meetingFiles = [];
    private readonly StateStore? store;
    private MeetingLinks? links;

    /// <param name="store">state.db, for its entity → meetings table; without it every meeting is scanned once.</param>
    public VaultState(VaultPaths paths, CairnConfig config, string owner, StateStore? store = null)
    {
        this.paths = paths;
        this.store = store;
        Config = config;
        Owner = owner;
        Entities = VaultKnowledge.Entities(paths, config, owner);
        foreach (var owed in store?.OwedEntities() ?? [])
        {
            // A note an interrupted run planned and never wrote counts as made, as it would be had that run finished:
            // this run plans it with the subject (kind, created date) the first of its sources gave it.
            if (Entities.Find(owed.Subject.Stem) is null)
            {
                Entities.Add(new KnownNote(owed.Path, owed.Subject.Stem, owed.Subject.Name, owed.Subject.Kind, owed.Subject.Aliases, owed.Subject.Created));
            }
        }
        foreach (var file in MarkdownFiles(config.Folders.Meetings))
        {
            var path = paths.Relative(file.FullName);
            meetingFiles.Add((path, MeetingLinks.StampOf(file)));
            AddMeetingPath(path);
        }
    }

    /// <summary>How many meeting notes were read to find the meetings of the entities this run touched.</summary>
    public int MeetingsScanned => links?.Refreshed ?? 0;

    public CairnConfig Config { get; }

    public string Owner { get; }

    public EntityDirectory Entities { get; }

    public IEnumerable<string> MeetingPaths => meetingsByDate.Values.SelectMany(p => p);

    public VaultLookup Lookup() => new(Config, Owner, Entities, MeetingsOn, PathTaken, meetingStems.Contains);

    /// <summary>The meeting note at <paramref name="path"/> as planned in this run, else as on disk (cached).</summary>
    public MeetingNoteView? Meeting(string path)
    {
        if (!views.TryGetValue(path, out var view))
        {
            var text = Text(path);
            view = text is null ? null : MeetingNoteReader.Read(path, text, Owner);
            views[path] = view;
        }

        return view;
    }

    /// <summary>The text of a note as planned in this run, else on disk, else null.</summary>
    public string? Text(string path)
    {
        if (planned.TryGetValue(path, out var text))
        {
            return text;
        }

        var full = paths.Resolve(path);
        return File.Exists(full) ? RegularFile.ReadAllText(full, RegularFile.NoteLimit) : null;
    }

    /// <summary>The text on disk, ignoring this run's plans (the "before" of a diff).</summary>
    public string? DiskText(string path)
    {
        var full = paths.Resolve(path);
        return File.Exists(full) ? RegularFile.ReadAllText(full, RegularFile.NoteLimit) : null;
    }

    /// <summary>The text Cairn last wrote to <paramref name="path"/> (its merge base), when state.db is open and has it.</summary>
    public string? Ledger(string path) => store?.Ledger(path);

    /// <summary>When and why an Inbox file as <paramref name="stamp"/> describes it was refused before, or null (see <see cref="StateStore.Refused"/>).</summary>
    public (string Problem, DateTimeOffset At)? Refused(string path, string stamp) => store?.Refused(path, stamp);

    /// <summary>
    /// Carries a tick made on a copy (a task in an entity note's Open Tasks, ticked in Obsidian) back to the meeting
    /// it copies: each meeting so ticked is planned with the tick, so the entity notes rendered after see the task done
    /// (and drop it from every Open Tasks), and returned as a change of that meeting note for the run to write.
    /// </summary>
    public IReadOnlyList<NoteChange> CarryTicks(IEnumerable<(string Path, string Stem)> entities)
    {
        var changes = new Dictionary<string, NoteChange>(StringComparer.Ordinal);
        foreach (var (path, stem) in entities)
        {
            // Most entity notes hold no ticked line: they are not parsed.
            if (DiskText(path) is not { } text || !text.Contains("- [x]", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var entity = NoteDocument.Parse(text);
            foreach (var meeting in MeetingsLinking(stem))
            {
                var document = NoteDocument.Parse(Text(meeting.Path) ?? string.Empty);
                if (TaskTick.CarryBack(entity, document, meeting.Stem).Count > 0)
                {
                    var ticked = document.ToString();
                    Plan(meeting.Path, ticked, MeetingNoteReader.Read(meeting.Path, ticked, Owner));
                    changes[meeting.Path] = new NoteChange(meeting.Path, ticked, NoteChangeKind.Update);
                }
            }
        }

        return [.. changes.Values];
    }

    /// <summary>Records a planned note (and a planned archive path) so later sources in the run see them.</summary>
    public void Plan(string path, string? content, MeetingNoteView? meeting = null)
    {
        plannedPaths.Add(path);
        if (content is null)
        {
            return;
        }

        planned[path] = content;
        if (meeting is not null)
        {
            views[path] = meeting;
            runMeetings.Add(path);
            AddMeetingPath(path);
        }
    }

    /// <summary>Drops this run's plans so every note reads as it now is on disk (after the commit wrote, merged or refused them).</summary>
    public void ForgetPlans()
    {
        foreach (var path in planned.Keys)
        {
            views.Remove(path);
        }

        planned.Clear();
    }

    private IEnumerable<MeetingNoteView> MeetingsOn(DateOnly date) =>
        meetingsByDate.TryGetValue(date, out var list) ? list.Select(Meeting).OfType<MeetingNoteView>() : [];

    private bool PathTaken(string path) => plannedPaths.Contains(path) || File.Exists(paths.Resolve(path));

    private void AddMeetingPath(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        meetingStems.Add(stem);
        if (stem.Length >= 10 && DateOnly.TryParseExact(stem[..10], "yyyy-MM-dd", out var date))
        {
            var list = meetingsByDate.TryGetValue(date, out var existing) ? existing : meetingsByDate[date] = [];
            if (!list.Contains(path, StringComparer.Ordinal))
            {
                list.Add(path);
            }
        }
    }

    /// <summary>Every meeting note (planned or on disk) that links to the entity <paramref name="stem"/>.</summary>
    public IEnumerable<MeetingNoteView> MeetingsLinking(string stem)
    {
        links ??= MeetingLinks.Open(store, meetingFiles, ReadDisk);
        return links.MeetingsLinking(stem).Union(runMeetings, StringComparer.Ordinal)
            .Select(Meeting).OfType<MeetingNoteView>()
            .Where(m => MeetingLinks.Targets(m).Contains(stem, StringComparer.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>Brings the entity → meetings table up to date for meeting notes this run just wrote, so the next run need not read them.</summary>
    public void RecordMeetings(IEnumerable<string> meetingPaths)
    {
        links ??= MeetingLinks.Open(store, meetingFiles, ReadDisk);
        links.Record(meetingPaths.Select(p => (p, new FileInfo(paths.Resolve(p)))).Where(f => f.Item2.Exists).Select(f => (f.p, MeetingLinks.StampOf(f.Item2))).ToList(), ReadDisk);
    }

    // A note already read (and not replaced by a plan) is not read again: a rebuild reads every meeting first. A
    // meeting note over RegularFile.NoteLimit is not read, as the index does not read it (`check` reports it): it
    // links no entity, where reading it stopped every later run with "… is 18.8 MB, over the 16 MB limit".
    private MeetingNoteView? ReadDisk(string path) =>
        !planned.ContainsKey(path) && views.TryGetValue(path, out var seen) ? seen
            : new FileInfo(paths.Resolve(path)) is { Exists: true, Length: > RegularFile.NoteLimit } ? null
            : DiskText(path) is { } text ? MeetingNoteReader.Read(path, text, Owner) : null;

    private IEnumerable<FileInfo> MarkdownFiles(string folder)
    {
        var full = new DirectoryInfo(Path.Combine(paths.Root, folder));
        return full.Exists
            ? VaultFolders.Files(full.FullName, "*.md").Order(StringComparer.Ordinal).Select(f => new FileInfo(f))
            : [];
    }
}
