using Cairn.Extraction;
using Cairn.Planning;
using Cairn.Resolution;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Ingest;

/// <summary>
/// The vault as one run sees it: entity notes by name, meeting notes by date and stem, read from disk once and
/// kept current as the run plans new notes. It is the I/O side of <see cref="VaultSnapshot"/>.
/// </summary>
public sealed class VaultState
{
    private readonly VaultPaths paths;
    private readonly Dictionary<string, MeetingNoteView?> views = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, List<string>> meetingsByDate = [];
    private readonly HashSet<string> meetingStems = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> plannedPaths = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> planned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MeetingNoteView>> links = new(StringComparer.OrdinalIgnoreCase);
    private bool linksBuilt;

    public VaultState(VaultPaths paths, CairnConfig config, string owner)
    {
        this.paths = paths;
        Config = config;
        Owner = owner;
        Entities = new EntityDirectory(EntityNoteScanner.Scan(paths, config.Folders));
        foreach (var path in MarkdownFiles(config.Folders.Meetings))
        {
            AddMeetingPath(path);
        }
    }

    public CairnConfig Config { get; }

    public string Owner { get; }

    public EntityDirectory Entities { get; }

    public IEnumerable<string> MeetingPaths => meetingsByDate.Values.SelectMany(p => p);

    public VaultSnapshot Snapshot() => new(Config, Owner, Entities, MeetingsOn, PathTaken, meetingStems.Contains);

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
        return File.Exists(full) ? File.ReadAllText(full) : null;
    }

    /// <summary>The text on disk, ignoring this run's plans (the "before" of a diff).</summary>
    public string? DiskText(string path)
    {
        var full = paths.Resolve(path);
        return File.Exists(full) ? File.ReadAllText(full) : null;
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
            linksBuilt = false;
            AddMeetingPath(path);
        }
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
                linksBuilt = false;
            }
        }
    }

    /// <summary>Every meeting note (planned or on disk) that links to the entity <paramref name="stem"/>.</summary>
    public IEnumerable<MeetingNoteView> MeetingsLinking(string stem)
    {
        if (!linksBuilt)
        {
            links.Clear();
            foreach (var view in MeetingPaths.Select(Meeting).OfType<MeetingNoteView>())
            {
                foreach (var target in view.Related.Append(view.AccountStem ?? string.Empty).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    (links.TryGetValue(target, out var list) ? list : links[target] = []).Add(view);
                }
            }

            linksBuilt = true;
        }

        return links.TryGetValue(stem, out var found) ? found : [];
    }

    private IEnumerable<string> MarkdownFiles(string folder)
    {
        var full = Path.Combine(paths.Root, folder);
        return Directory.Exists(full)
            ? Directory.EnumerateFiles(full, "*.md", SearchOption.AllDirectories).Select(paths.Relative).Order(StringComparer.Ordinal)
            : [];
    }

    internal static EntityKind KindOfFolder(string folder, VaultLayout layout) =>
        folder == layout.People ? EntityKind.Person : folder == layout.Companies ? EntityKind.Company : EntityKind.Project;
}
