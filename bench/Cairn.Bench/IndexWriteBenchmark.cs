using System.Diagnostics;
using System.Globalization;
using Cairn.Index;
using Cairn.Vault;
using Microsoft.Data.Sqlite;

namespace Cairn.Bench;

/// <summary>
/// <c>index-write [DIR] [rounds=5]</c>: the full build's single writer on its own. Every note of the index
/// benchmark's vault is read and indexed into memory first; then each round writes them all into a fresh
/// database the way a full build does (bulk mode, secondary indexes dropped, one transaction) and times the
/// inserts, the secondary indexes and the commit. Variants leave one kind of row out (the note's tasks, its
/// links, its FTS5 body) so the figures say what each costs. Baseline, same run: each note's body as one blob
/// row in a plain table, the least SQLite can do with the same bytes. CPU time is printed beside wall time:
/// on a shared VM both move, and CPU time shows whether the work or the machine changed.
/// </summary>
internal static class IndexWriteBenchmark
{
    public static int Run(string[] args)
    {
        var dir = VaultGenerator.IndexBenchVault(args.Length > 0 ? args[0] : null);
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;

        var notes = Load(dir);
        Console.WriteLine($"vault: {dir}, {notes.Length} notes, {notes.Sum(n => n.Tasks.Count):N0} tasks, {notes.Sum(n => n.LinkKeys.Count):N0} links, " +
            $"{notes.Sum(n => (long)n.Body.Length) / 1_000_000.0:F1} MB of body; {rounds} rounds (+1 warm-up)");
        Variant[] variants =
        [
            new("blob rows (baseline)", notes, Blobs),
            new("full build writer", notes, Build),
            new("  without tasks", [.. notes.Select(n => n with { Tasks = [] })], Build),
            new("  without links", [.. notes.Select(n => n with { LinkKeys = [] })], Build),
            new("  without FTS5 body", [.. notes.Select(n => n with { Body = [] })], Build),
        ];
        var scratch = Path.Combine(Path.GetTempPath(), "cairn-index-write-" + Guid.NewGuid().ToString("N"));
        try
        {
            for (var round = 0; round <= rounds; round++)
            {
                // Round 0 warms up and is not counted; the order rotates to even out drift.
                for (var i = 0; i < variants.Length; i++)
                {
                    variants[(i + round) % variants.Length].Measure(Path.Combine(scratch, $"{round}-{i}.db"), counted: round > 0);
                }
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }

        var baseline = variants[0].Median(t => t.Total);
        foreach (var v in variants)
        {
            Console.WriteLine(
                $"{v.Name,-22} median {v.Median(t => t.Total),6:F0} ms ({v.Median(t => t.Total) / baseline:F1}x baseline): inserts {v.Median(t => t.Inserts),5:F0}, " +
                $"indexes {v.Median(t => t.Indexes),5:F0}, commit {v.Median(t => t.Commit),4:F0} ms; CPU {v.Median(t => t.Cpu),6:F0} ms");
        }

        return 0;
    }

    private static IndexedNote[] Load(string dir)
    {
        var files = Directory.GetFiles(dir, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(dir, f).StartsWith('.'))
            .Order(StringComparer.Ordinal).ToArray();
        return files.AsParallel().AsOrdered()
            .Select(f => NoteIndexer.Index(Path.GetRelativePath(dir, f).Replace('\\', '/'), new NoteStamp(0, 0), File.ReadAllBytes(f), VaultLayout.Default))
            .ToArray();
    }

    private static Timing Build(string path, IndexedNote[] notes)
    {
        using var database = IndexDatabase.Open(path, () => "bench");
        using var bulk = database.BeginBulk();
        using var writer = new IndexWriter(database.Connection);
        database.SetIndexes(present: false, writer.Transaction);
        var clock = new Clock();
        for (var i = 0; i < notes.Length; i++)
        {
            writer.Add(notes[i], i);
        }

        var inserts = clock.Lap();
        database.SetIndexes(present: true, writer.Transaction);
        var indexes = clock.Lap();
        writer.Commit();
        return new Timing(inserts, indexes, clock.Lap(), clock.Cpu);
    }

    private static Timing Blobs(string path, IndexedNote[] notes)
    {
        // Opened as the index's connections are, so both sides of the ratio run with the same SQLite settings.
        using var connection = StateConnection.Open(path);
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = $"PRAGMA page_size={VaultLayout.StateDatabasePageSize}; PRAGMA synchronous=OFF; CREATE TABLE blobs(id INTEGER PRIMARY KEY, body BLOB NOT NULL)";
            setup.ExecuteNonQuery();
        }

        var clock = new Clock();
        using var transaction = connection.BeginTransaction();
        using var insert = new RawStatement(connection, "INSERT INTO blobs(id, body) VALUES (?1, ?2)");
        for (var i = 0; i < notes.Length; i++)
        {
            insert.Run((long)i + 1, notes[i].Body);
        }

        var inserts = clock.Lap();
        transaction.Commit();
        return new Timing(inserts, 0, clock.Lap(), clock.Cpu);
    }

    private sealed record Timing(double Inserts, double Indexes, double Commit, double Cpu)
    {
        public double Total => Inserts + Indexes + Commit;
    }

    /// <summary>Wall-clock laps, and the process's CPU time since the clock started (the writer is the only busy thread).</summary>
    private sealed class Clock
    {
        private readonly TimeSpan cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        private long lap = Stopwatch.GetTimestamp();

        public double Cpu => (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMilliseconds;

        public double Lap()
        {
            var now = Stopwatch.GetTimestamp();
            var ms = Stopwatch.GetElapsedTime(lap, now).TotalMilliseconds;
            lap = now;
            return ms;
        }
    }

    private sealed class Variant(string name, IndexedNote[] notes, Func<string, IndexedNote[], Timing> write)
    {
        private readonly List<Timing> timings = [];

        public string Name => name;

        public void Measure(string path, bool counted)
        {
            GC.Collect();
            var timing = write(path, notes);
            if (counted)
            {
                timings.Add(timing);
            }
        }

        public double Median(Func<Timing, double> of)
        {
            var sorted = timings.Select(of).Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }
}
