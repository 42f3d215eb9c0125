using System.Globalization;
using Cairn.Commit;
using Cairn.Notes;
using Microsoft.Data.Sqlite;

namespace Cairn.Ingest;

/// <summary>
/// Which meeting notes on disk link to which entity (through Related or the Account line), kept in state.db's
/// <c>entity_meetings</c> table so a run reads only the meetings of the entities it touches. Opening it compares
/// every meeting file's stamp (last write time and size) with the table and re-reads only the files that changed
/// or are new, whoever changed them (Cairn, undo, the person in Obsidian, a sync tool); a missing or empty table
/// heals itself with one full scan. Without a store everything is scanned, in memory.
/// </summary>
internal sealed class MeetingLinks
{
    private readonly StateStore? store;
    private readonly Dictionary<string, List<string>> memory = new(StringComparer.OrdinalIgnoreCase);

    private MeetingLinks(StateStore? store) => this.store = store;

    /// <summary>How many meeting files were (re-)read to bring the table up to date.</summary>
    public int Refreshed { get; private set; }

    public static MeetingLinks Open(StateStore? store, IReadOnlyList<(string Path, string Stamp)> files, Func<string, MeetingNoteView?> read)
    {
        var links = new MeetingLinks(store);
        var known = store?.MeetingStamps() ?? [];
        var changed = files.Where(f => !known.TryGetValue(f.Path, out var stamp) || stamp != f.Stamp).ToList();
        var present = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        links.Refreshed = changed.Count;
        links.Record(changed, read, known.Keys.Where(p => !present.Contains(p)).ToList(), known.Count == 0);
        return links;
    }

    /// <summary>Reads <paramref name="files"/> (stamped before reading) and stores their links; forgets <paramref name="gone"/>.</summary>
    public void Record(IReadOnlyList<(string Path, string Stamp)> files, Func<string, MeetingNoteView?> read, IReadOnlyList<string>? gone = null, bool tableEmpty = false)
    {
        var updates = files.Select(f => (f.Path, f.Stamp, Targets: Targets(read(f.Path)))).ToList();
        foreach (var (path, _, targets) in updates)
        {
            foreach (var target in targets)
            {
                (memory.TryGetValue(target, out var list) ? list : memory[target] = []).Add(path);
            }
        }

        Save(updates, gone ?? [], tableEmpty);
    }

    /// <summary>The stamp a file's row must carry: taken before the file is read, so a write racing the read is seen next time.</summary>
    public static string StampOf(FileInfo file) =>
        string.Create(CultureInfo.InvariantCulture, $"{file.LastWriteTimeUtc.Ticks}:{file.Length}");

    /// <summary>Every link target of a meeting note: its Related links and its account.</summary>
    public static IReadOnlyList<string> Targets(MeetingNoteView? view) =>
        view is null ? [] : view.Related.Append(view.AccountStem ?? string.Empty).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// The meeting notes on disk that may link to <paramref name="stem"/>: the table's rows plus the files re-read
    /// just now (the caller checks each against the note as it reads it).
    /// </summary>
    public IEnumerable<string> MeetingsLinking(string stem) =>
        (store?.MeetingsLinking(stem) ?? []).Union(memory.TryGetValue(stem, out var list) ? list : [], StringComparer.Ordinal);

    private void Save(List<(string Path, string Stamp, IReadOnlyList<string> Targets)> updates, IReadOnlyList<string> gone, bool tableEmpty)
    {
        if (store is null || (updates.Count == 0 && gone.Count == 0))
        {
            return;
        }

        try
        {
            store.InTransaction(() =>
            {
                foreach (var path in gone)
                {
                    store.RemoveMeeting(path);
                }

                store.SetMeetingLinks(updates, tableEmpty);
            });
        }
        catch (SqliteException)
        {
            // Another process holds state.db (a dry run racing a real run): this run still has the files it re-read
            // in memory, and the next run re-reads them again because their rows kept the old stamps.
        }
    }
}
