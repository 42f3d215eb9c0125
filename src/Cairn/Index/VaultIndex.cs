using System.Collections.Concurrent;
using System.Globalization;
using Cairn.Sources;
using Cairn.Vault;
using Microsoft.Data.Sqlite;

namespace Cairn.Index;

/// <summary>
/// The vault's index in <c>.cairn/index.db</c>: notes, links, tasks, entities and aliases, section items and
/// FTS5 over title and body. <see cref="Refresh"/> brings it up to date incrementally: only notes whose size or
/// modification time changed are read, and then re-indexed only when their content hash changed; notes gone
/// from disk (deleted or renamed in Obsidian) are dropped. A damaged database rebuilds itself.
/// </summary>
public sealed class VaultIndex : IDisposable
{
    // Readers hand the writer notes in batches: one hand-off per note cost the writer more in waking and
    // waiting (sched_yield) than some inserts. 16 batches of 32 bound what is parsed ahead of the writer.
    private const int BatchSize = 32;
    private const int QueueBound = 16;

    // Reads in flight when the notes are on disk; they cost nothing when the notes are in the page cache.
    private const int Fetchers = 8;

    private readonly string root;
    private readonly VaultLayout layout;
    private readonly VaultPaths paths;
    private readonly TimeProvider time;
    private IndexDatabase database;

    private VaultIndex(string root, VaultLayout layout, TimeProvider time, IndexDatabase database)
    {
        this.root = root;
        this.layout = layout;
        paths = new VaultPaths(root, layout);
        this.time = time;
        this.database = database;
    }

    /// <summary>Set when the database was damaged: where the old file was moved before a fresh one was made.</summary>
    public string? RecoveredFrom { get; private set; }

    internal SqliteConnection Connection => database.Connection;

    /// <summary>
    /// How much of a note search reads back to cut its snippet from. FTS5's snippet() scores every match, so a
    /// 100 MB note matching a search on every line kept the search busy for over ten minutes; past this many
    /// bytes the snippet comes from the note's start.
    /// </summary>
    internal const int SnippetBytes = 256 * 1024;

    /// <summary>The text the full-text index holds for a note (its first <see cref="SnippetBytes"/>), read again from its file; null when it cannot be read.</summary>
    internal string? ReadBody(string path)
    {
        try
        {
            return NoteIndexer.BodyText(RegularFile.ReadStart(Path.Combine(root, path), SnippetBytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Set when <c>.cairn/</c> cannot hold the index (a read-only vault, folder or mount): the temporary folder the
    /// index of this process lives in instead, a copy of <c>.cairn/index.db</c> when there is one, deleted on dispose.
    /// </summary>
    public string? TemporaryFolder { get; private set; }

    public static VaultIndex Open(string vaultRoot, VaultLayout layout, TimeProvider? time = null)
    {
        var clock = time ?? TimeProvider.System;
        var path = Path.Combine(vaultRoot, VaultLayout.IndexDatabase);
        IndexDatabase database;
        string? temporary = null;
        try
        {
            database = IndexDatabase.Open(path, () => Stamp(clock));
        }
        catch (Exception ex) when (IndexDatabase.IsUnwritable(ex))
        {
            (database, temporary) = IndexDatabase.OpenCopy(path);
        }

        return new VaultIndex(Path.GetFullPath(vaultRoot), layout, clock, database) { RecoveredFrom = database.Recovered, TemporaryFolder = temporary };
    }

    /// <summary>
    /// Brings the index up to date with the vault. A corrupt database found on the way is replaced and rebuilt.
    /// <paramref name="progress"/> hears, on the calling thread, how many of the changed notes are written so far.
    /// </summary>
    public IndexRefresh Refresh(IProgress<IndexProgress>? progress = null)
    {
        try
        {
            return Update(database.Created, progress);
        }
        catch (SqliteException ex) when (IndexDatabase.IsCorruption(ex))
        {
            var path = database.Connection.DataSource;
            database.Dispose();
            RecoveredFrom = IndexDatabase.MoveAside(path, Stamp(time));
            database = IndexDatabase.Open(path, () => Stamp(time));
            return Update(rebuilt: true, progress);
        }
        catch (Exception ex) when (TemporaryFolder is null && IndexDatabase.IsUnwritable(ex))
        {
            // The index opened but cannot be written (read-only mount): queries still answer, from a copy kept elsewhere.
            var path = database.Connection.DataSource;
            database.Dispose();
            (database, var temporary) = IndexDatabase.OpenCopy(path);
            TemporaryFolder = temporary;
            return Update(database.Created, progress);
        }
    }

    /// <summary>
    /// Re-indexes just the notes named (vault-relative), for a caller that knows what it wrote (<c>cairn done</c>,
    /// an ingest): no vault walk, so one note costs milliseconds however big the vault is.
    /// </summary>
    public IndexRefresh RefreshPaths(IEnumerable<string> paths)
    {
        var started = time.GetTimestamp();
        var onDisk = new Dictionary<string, NoteStamp>(StringComparer.Ordinal);
        var known = new Dictionary<string, StoredNote>(StringComparer.Ordinal);
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            if (VaultFiles.Stamp(Path.Combine(root, path)) is { } stamp)
            {
                onDisk[path] = stamp;
            }

            if (Known(path) is { } k)
            {
                known[path] = k;
            }
        }

        return Write(onDisk, known, rebuilt: false, started, progress: null, out _);
    }

    /// <summary>Drops every index table and builds the index again from the vault.</summary>
    public IndexRefresh Rebuild(IProgress<IndexProgress>? progress = null)
    {
        database.Reset();
        return Update(rebuilt: true, progress);
    }

    public void Dispose()
    {
        database.Dispose();
        if (TemporaryFolder is { } folder)
        {
            IndexDatabase.DeleteCopy(folder);
        }
    }

    /// <summary>
    /// Every query starts here, so an unchanged vault takes the short way: one walk reduced to a digest, compared
    /// with the digest stored by the refresh that last brought the index up to date (a note written a second ago
    /// has another stamp, so another digest). Otherwise the full walk's stamps are compared with the index's, the
    /// changes written, and the walk's digest stored when every changed note was read.
    /// </summary>
    private IndexRefresh Update(bool rebuilt, IProgress<IndexProgress>? progress)
    {
        var started = time.GetTimestamp();
        if (!rebuilt && database.StoredDigest() is { } stored && VaultFiles.Digest(root, layout.Inbox) == stored)
        {
            return new IndexRefresh(0, 0, 0, 0, 0, (int)stored.Notes, time.GetElapsedTime(started), Rebuilt: false);
        }

        var version = database.DataVersion();
        var onDisk = VaultFiles.Scan(root, layout.Inbox);
        var refresh = Write(onDisk, Known(), rebuilt, started, progress, out var unread);
        if (unread == 0)
        {
            database.StoreDigest(VaultDigest.Of(onDisk), version);
        }

        return refresh;
    }

    /// <summary>Writes what changed between <paramref name="onDisk"/> and <paramref name="known"/>; <paramref name="unread"/> counts the changed notes that could not be read.</summary>
    private IndexRefresh Write(Dictionary<string, NoteStamp> onDisk, Dictionary<string, StoredNote> known, bool rebuilt, long started, IProgress<IndexProgress>? progress, out int unread)
    {
        // Oldest first, so note ids (handed out in this order) follow when notes were written: search ranks the newest matches.
        var work = onDisk.Where(f => !known.TryGetValue(f.Key, out var k) || k.Stamp != f.Value)
            .OrderBy(f => f.Value.Mtime).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value)).ToList();
        var goneKeys = known.Keys.Where(k => !onDisk.ContainsKey(k)).ToList();
        var counts = new Counts();
        if (work.Count > 0 || goneKeys.Count > 0)
        {
            AddHashes(known, work.Select(w => w.Key).Concat(goneKeys));
            var gone = goneKeys.Select(k => new KeyValuePair<string, StoredNote>(k, known[k])).ToList();
            var bulk = known.Count == 0 && work.Count > 1000;
            using (bulk ? database.BeginBulk() : null)
            {
                WriteChanges(work, gone, known, bulk, counts, progress);
            }
        }

        // An index with no notes that now gets some was built from nothing too: a first build interrupted (Ctrl+C)
        // after its empty tables were committed resumes this way.
        var fromNothing = rebuilt || (known.Count == 0 && work.Count > 0);
        unread = counts.Unread;
        return new IndexRefresh(counts.Added, counts.Updated, counts.Removed, counts.Renamed, counts.Touched, onDisk.Count, time.GetElapsedTime(started), fromNothing)
        {
            TooLarge = [.. counts.TooLarge.Order(StringComparer.Ordinal)],
        };
    }

    private void WriteChanges(List<(string Path, NoteStamp Stamp)> work, List<KeyValuePair<string, StoredNote>> gone, Dictionary<string, StoredNote> known, bool bulk, Counts counts, IProgress<IndexProgress>? progress)
    {
        using var writer = new IndexWriter(Connection);
        if (bulk)
        {
            database.SetIndexes(present: false, writer.Transaction);
        }

        var goneHashes = gone.Select(g => g.Value.Hash!).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, row) in gone)
        {
            writer.Remove(row.Id);
        }

        Apply(writer, work, known, goneHashes, counts, progress);
        counts.Removed = gone.Count - counts.Renamed;
        if (bulk)
        {
            database.SetIndexes(present: true, writer.Transaction);
        }

        writer.Commit();
    }

    /// <summary>
    /// Reads the changed notes in two stages (<see cref="ReadStages"/>) while this thread writes them: the files on
    /// <see cref="Fetchers"/> threads, the parsing on one thread per core. The writer is the bottleneck when the
    /// files are in the page cache; when they are on disk, reads used to stall the parsing that shared their threads
    /// (one reader per core, each reading then parsing: a cold build took 8.4 s where a warm one takes 4.9).
    /// </summary>
    private void Apply(IndexWriter writer, List<(string Path, NoteStamp Stamp)> work, Dictionary<string, StoredNote> known, HashSet<string> goneHashes, Counts counts, IProgress<IndexProgress>? progress)
    {
        using var queue = new BlockingCollection<ReadNote[]>(QueueBound);
        using var stop = new CancellationTokenSource();
        var producer = ReadStages.Start(
            work.Count, BatchSize, Fetchers, Environment.ProcessorCount,
            i => Fetch(work[i].Path, work[i].Stamp),
            (i, bytes) => Parse(work[i].Path, work[i].Stamp, bytes, known.TryGetValue(work[i].Path, out var k) ? k.Hash : null) with { Order = i },
            queue,
            stop.Token);
        try
        {
            var done = 0;
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                Consume(writer, batch, known, goneHashes, counts);
                done += batch.Length;
                progress?.Report(new IndexProgress(done, work.Count));
            }
        }
        catch
        {
            // The writer failed: stop the readers before the queue goes away, and report the writer's error.
            stop.Cancel();
            try
            {
                producer.Wait();
            }
            catch (AggregateException)
            {
            }

            throw;
        }

        producer.GetAwaiter().GetResult();
    }

    private static void Consume(IndexWriter writer, ReadNote[] batch, Dictionary<string, StoredNote> known, HashSet<string> goneHashes, Counts counts)
    {
        foreach (var read in batch)
        {
            var (path, stamp, note, hash) = read;
            if (read.TooLarge)
            {
                counts.TooLarge.Add(path);
            }

            var existing = known.TryGetValue(path, out var k) ? k : (StoredNote?)null;
            if (note is null && hash is not null && existing is { } same)
            {
                writer.Touch(same.Id, stamp);
                counts.Touched++;
                continue;
            }

            if (existing is { } old)
            {
                writer.Remove(old.Id);
            }

            if (note is null)
            {
                counts.Unread++;
                continue;
            }

            writer.Add(note, read.Order);
            if (existing is not null)
            {
                counts.Updated++;
            }
            else if (goneHashes.Remove(note.Hash))
            {
                counts.Renamed++;
            }
            else
            {
                counts.Added++;
            }
        }
    }

    /// <summary>A note's bytes, by the size its stamp already has (<see cref="RegularFile.ReadSized"/>); null when it cannot be read, and not read when it is over the limit.</summary>
    private byte[]? Fetch(string path, NoteStamp stamp)
    {
        if (stamp.Size > RegularFile.NoteLimit)
        {
            return [];
        }

        try
        {
            return RegularFile.ReadSized(Path.Combine(root, path), stamp.Size);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A note whose hash is unchanged comes back without a parse (Note null, Hash set); an unreadable one as (null, null).</summary>
    private ReadNote Parse(string path, NoteStamp stamp, byte[]? bytes, string? knownHash)
    {
        if (stamp.Size > RegularFile.NoteLimit)
        {
            return ReadTooLarge(path, stamp);
        }

        if (bytes is null)
        {
            return new ReadNote(path, stamp, null, null);
        }

        if (knownHash is not null && ContentHash.Of(bytes) == knownHash)
        {
            return new ReadNote(path, stamp, null, knownHash);
        }

        var note = NoteIndexer.Index(path, stamp, bytes, layout);
        return new ReadNote(path, stamp, note.SourceRef is null ? note : note with { SourceBody = SourceText(note.SourceRef) }, null);
    }

    /// <summary>
    /// The words of a meeting's archived source, read through <see cref="SourceReader"/> as ingest read it; null when
    /// the path leaves the vault, names nothing (or an empty or special file), or the source cannot be read.
    /// </summary>
    private byte[]? SourceText(string sourceRef)
    {
        if (paths.Check(sourceRef) is not null)
        {
            return null;
        }

        var full = paths.Resolve(sourceRef);
        if (RegularFile.Size(full) is not > 0)
        {
            return null;
        }

        return SourceReader.ReadFile(full).Document is { } document ? System.Text.Encoding.UTF8.GetBytes(document.Text) : null;
    }

    /// <summary>A note over the limit is indexed by its name, with a stand-in hash so two of them are never taken for a rename.</summary>
    private ReadNote ReadTooLarge(string path, NoteStamp stamp)
    {
        var hash = string.Create(CultureInfo.InvariantCulture, $"too-large:{stamp.Size}:{stamp.Mtime}:{path}");
        return new ReadNote(path, stamp, NoteIndexer.Index(path, stamp, [], layout) with { Hash = hash }, null) { TooLarge = true };
    }

    /// <summary>
    /// Every indexed note's id and stamp, read from <c>index_notes_stamp</c> (a few MB) rather than the notes table
    /// (every refresh reads this, and the table's rows carry summaries and JSON). Hashes are left out: only changed
    /// and deleted notes need theirs (<see cref="AddHashes"/>).
    /// </summary>
    private Dictionary<string, StoredNote> Known()
    {
        var known = new Dictionary<string, StoredNote>(StringComparer.Ordinal);
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT id, path, size, mtime FROM index_notes";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            known[reader.GetString(1)] = new StoredNote(reader.GetInt64(0), new NoteStamp(reader.GetInt64(2), reader.GetInt64(3)), null);
        }

        return known;
    }

    /// <summary>Reads the stored hash of each of <paramref name="paths"/> that is indexed and has none yet.</summary>
    private void AddHashes(Dictionary<string, StoredNote> known, IEnumerable<string> paths)
    {
        var wanted = paths.Where(p => known.TryGetValue(p, out var k) && k.Hash is null).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var byId = wanted.ToDictionary(p => known[p].Id);
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT id, hash FROM index_notes WHERE id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", JsonList.Of(byId.Keys));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var path = byId[reader.GetInt64(0)];
            known[path] = known[path] with { Hash = reader.GetString(1) };
        }
    }

    private StoredNote? Known(string path)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT id, size, mtime, hash FROM index_notes WHERE path = $path";
        command.Parameters.AddWithValue("$path", path);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredNote(reader.GetInt64(0), new NoteStamp(reader.GetInt64(1), reader.GetInt64(2)), reader.GetString(3)) : null;
    }

    private static string Stamp(TimeProvider time) => time.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    /// <summary>What the index holds of a note already indexed: its row, the file stamp and content hash it was indexed at.</summary>
    private readonly record struct StoredNote(long Id, NoteStamp Stamp, string? Hash);

    /// <summary>A note as a reader hands it to the writer.</summary>
    private readonly record struct ReadNote(string Path, NoteStamp Stamp, IndexedNote? Note, string? Hash)
    {
        public bool TooLarge { get; init; }

        /// <summary>The note's place in the work (oldest first), which becomes its id order.</summary>
        public int Order { get; init; }
    }

    private sealed class Counts
    {
        public int Added { get; set; }

        public int Updated { get; set; }

        public int Removed { get; set; }

        public int Renamed { get; set; }

        public int Touched { get; set; }

        public int Unread { get; set; }

        public List<string> TooLarge { get; } = [];
    }
}
