using Cairn.Index;
using Cairn.Notes;
using Cairn.Queries;
using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Index;

public sealed class VaultIndexTests : IDisposable
{
    private readonly TestVault vault = TestVault.Standard();

    public void Dispose() => vault.Dispose();

    [Fact]
    public void First_refresh_builds_everything_and_the_second_changes_nothing()
    {
        using var index = vault.OpenIndex();

        var first = index.Refresh();
        var second = index.Refresh();

        Assert.True(first.Rebuilt);
        Assert.Equal(7, first.Added);
        Assert.Equal(7, first.Total);
        Assert.False(second.Changed);
        Assert.Equal(0, second.Touched);
    }

    [Fact]
    public void A_first_build_cut_short_after_its_empty_tables_were_made_is_still_reported_as_built()
    {
        // Opening makes the (empty) tables and commits them; a build stopped there leaves them so.
        vault.OpenIndex().Dispose();
        using var index = vault.OpenIndex();

        var refresh = index.Refresh();

        Assert.True(refresh.Rebuilt);
        Assert.Equal(7, refresh.Added);
        Assert.False(index.Refresh().Rebuilt);
    }

    [Fact]
    public void A_refresh_reports_progress_batch_by_batch_and_a_no_op_reports_none()
    {
        using var index = vault.OpenIndex();
        for (var i = 0; i < 100; i++)
        {
            vault.Write($"Notes/Note {i}.md", $"# Note {i}\n\n- [ ] Task {i} @Myself\n");
        }

        var seen = new ProgressLog();
        index.Refresh(seen);
        var build = seen.Reports.ToList();
        seen.Reports.Clear();
        index.Refresh(seen);
        var noOp = seen.Reports.ToList();
        vault.Write("Notes/Note 7.md", "# Note 7\n\nedited\n");
        seen.Reports.Clear();
        index.Refresh(seen);

        // Batches of 32 reach the writer in whatever order the readers finish them; the count only grows.
        Assert.Equal(4, build.Count);
        Assert.Equal(107, build[^1].Done);
        Assert.True(build.Zip(build.Skip(1)).All(p => p.First.Done < p.Second.Done));
        Assert.All(build, r => Assert.Equal(107, r.Total));
        Assert.Empty(noOp);
        Assert.Equal([new IndexProgress(1, 1)], seen.Reports);
    }

    [Fact]
    public void A_fifo_or_a_device_named_like_a_note_is_indexed_empty_without_being_opened()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // mkfifo and /dev/zero
        }

        using var index = vault.OpenIndex();
        SpecialFiles.Fifo(vault.Dir.Combine("pipe.md"));
        File.CreateSymbolicLink(vault.Dir.Combine("zero.md"), "/dev/zero");

        var refresh = SpecialFiles.Within(TimeSpan.FromSeconds(30), () => index.Refresh());
        var hits = SpecialFiles.Within(TimeSpan.FromSeconds(30), () => SearchQuery.Run(index, "pipe", new SearchFilter()));

        Assert.Equal(9, refresh.Added);
        Assert.Equal(["pipe.md"], hits.Select(h => h.Path));
    }

    [Fact]
    public void A_linked_note_is_stamped_by_its_target_so_editing_the_target_reindexes_it()
    {
        using var outside = new TempDirectory();
        var target = outside.Combine("Shared note.md");
        File.WriteAllText(target, "# Shared\n\n- [ ] First @Myself\n");
        File.CreateSymbolicLink(vault.Dir.Combine("People", "Shared note.md"), target);
        using var index = vault.OpenIndex();
        index.Refresh();

        File.WriteAllText(target, "# Shared\n\n- [ ] First @Myself\n- [ ] Second, added through the target @Myself\n");
        var refresh = index.Refresh();

        Assert.Equal(1, refresh.Updated);
        Assert.Contains("Second, added through the target", OpenTasks(index).Select(r => r.Task.Text));
    }

    [Fact]
    public void Empty_binary_wrongly_encoded_and_huge_notes_are_all_indexed()
    {
        var random = new Random(7);
        var binary = new byte[64 * 1024];
        random.NextBytes(binary);
        File.WriteAllBytes(vault.Dir.Combine("empty.md"), []);
        File.WriteAllBytes(vault.Dir.Combine("binary.md"), binary);
        File.WriteAllBytes(vault.Dir.Combine("latin1.md"), [.. "# Caf"u8, 0xE9, .. " menu\n\n- [ ] Order croissants @Myself\n"u8]);
        File.WriteAllBytes(vault.Dir.Combine("utf16.md"), [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("# wide\n")]);
        vault.Write("huge.md", "# Huge\n\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"- [ ] Bulk task {i} [[Acme]] @Myself 📅 2025-12-01 #task\n")) + "needle at the end\n");
        using var index = vault.OpenIndex();

        var refresh = index.Refresh();
        var tasks = OpenTasks(index);
        var latin1 = SearchQuery.Run(index, "croissants", new SearchFilter());
        var needle = SearchQuery.Run(index, "needle", new SearchFilter());

        Assert.Equal(12, refresh.Added);
        Assert.Equal(50_000, tasks.Count(t => t.File == "huge.md"));
        Assert.Contains(tasks, t => t.File == "latin1.md" && t.Task.Text == "Order croissants");
        Assert.Equal(["latin1.md"], latin1.Select(h => h.Path));
        // The needle is past the part of a huge note search reads back for snippets: found, with the note's start as its snippet.
        Assert.True(new FileInfo(vault.Dir.Combine("huge.md")).Length > VaultIndex.SnippetBytes);
        Assert.Equal(["huge.md"], needle.Select(h => h.Path));
        Assert.DoesNotContain("**", needle[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_over_the_limit_is_indexed_by_name_only_and_reported_once()
    {
        var line = "- [ ] A task nobody will see @Myself #task\n";
        vault.Write("Notes/Giant export.md", "# Giant\n\n" + string.Concat(Enumerable.Repeat(line, (int)(RegularFile.NoteLimit / line.Length) + 10)));
        using var index = vault.OpenIndex();

        var first = index.Refresh();
        var second = index.Refresh();

        Assert.Equal(["Notes/Giant export.md"], first.TooLarge);
        Assert.Empty(second.TooLarge);
        Assert.DoesNotContain(OpenTasks(index), t => t.File == "Notes/Giant export.md");
        Assert.Equal(["Notes/Giant export.md"], SearchQuery.Run(index, "giant", new SearchFilter()).Select(h => h.Path));
    }

    [Fact]
    public void Link_keys_and_items_keep_every_character()
    {
        using var index = vault.OpenIndex();
        vault.Write("Meetings/2025-11-21 - Odd.md", "# Odd\n\n[[Café 🚀 \"Plan\"\\x]] then [[B\tC|alias]] and [[Café 🚀 \"Plan\"\\x]]\n\n## Decisions\n- Ship 🚀 \"now\" \\ é\n- Second\n");
        index.Refresh();

        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT target_key FROM index_links l JOIN index_notes n ON n.id = l.note_id WHERE n.path LIKE '%Odd.md' ORDER BY target_key";
        var links = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                links.Add(reader.GetString(0));
            }
        }

        command.CommandText = "SELECT i.value ->> 2 FROM index_notes n, json_each(n.items) i WHERE n.path LIKE '%Odd.md' ORDER BY i.value ->> 1";
        var items = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                items.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["b\tc", "café 🚀 \"plan\"\\x"], links);
        Assert.Equal(["Ship 🚀 \"now\" \\ é", "Second"], items);
    }

    [Fact]
    public void Add_edit_and_delete_are_picked_up()
    {
        using var index = vault.OpenIndex();
        index.Refresh();

        vault.Write("Meetings/Acme/2025-11-20 - Acme pricing.md", "---\naccount: Acme\n---\n- [ ] Price it @Myself\n");
        vault.Write(TestVault.GlobexCall, vault.Read(TestVault.GlobexCall).Replace("pricing sheet", "pricing sheet and the SLA", StringComparison.Ordinal));
        File.Delete(vault.Dir.Combine("People", "Tom Becker.md"));
        var refresh = index.Refresh();

        Assert.Equal((1, 1, 1), (refresh.Added, refresh.Updated, refresh.Removed));
        var texts = OpenTasks(index).Select(r => r.Task.Text).ToList();
        Assert.Contains("Price it", texts);
        Assert.Contains("Send Globex the pricing sheet and the SLA", texts);
        Assert.DoesNotContain("Send Globex the pricing sheet", texts);
        Assert.Equal(0, Count(index, "SELECT COUNT(*) FROM index_entities WHERE name = 'Tom Becker'"));
    }

    [Fact]
    public void A_refresh_stores_its_walk_and_a_note_written_since_with_the_same_size_is_still_seen()
    {
        using var index = vault.OpenIndex();
        index.Refresh();
        Assert.False(index.Refresh().Changed);
        Assert.Equal(VaultFiles.Digest(vault.Root, "Inbox"), Stored(index));

        var path = vault.Dir.Combine(TestVault.GlobexCall.Split('/'));
        var written = File.GetLastWriteTimeUtc(path);
        vault.Write(TestVault.GlobexCall, vault.Read(TestVault.GlobexCall).Replace("pricing sheet", "pricing SHEET", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, written.AddSeconds(1));
        var refresh = index.Refresh();

        Assert.Equal(1, refresh.Updated);
        Assert.Contains("Send Globex the pricing SHEET", OpenTasks(index).Select(r => r.Task.Text));
        Assert.Equal(VaultFiles.Digest(vault.Root, "Inbox"), Stored(index));
    }

    [Fact]
    public void A_refresh_of_named_notes_leaves_the_next_full_refresh_to_compare_every_stamp()
    {
        using var index = vault.OpenIndex();
        index.Refresh();

        vault.Write("Meetings/Acme/2025-11-20 - Acme pricing.md", "---\naccount: Acme\n---\n- [ ] Price it @Myself\n");
        index.RefreshPaths(["Meetings/Acme/2025-11-20 - Acme pricing.md"]);
        vault.Write("Meetings/Acme/2025-11-21 - Acme terms.md", "---\naccount: Acme\n---\n- [ ] Terms @Myself\n");
        var refresh = index.Refresh();

        Assert.Equal(1, refresh.Added);
        Assert.Equal(9, refresh.Total);
    }

    [Fact]
    public void A_rename_moves_the_note_and_its_tasks()
    {
        using var index = vault.OpenIndex();
        index.Refresh();

        Directory.CreateDirectory(vault.Dir.Combine("Meetings", "Archive"));
        File.Move(vault.Dir.Combine(TestVault.GlobexCall.Split('/')), vault.Dir.Combine("Meetings", "Archive", "Globex.md"));
        var refresh = index.Refresh();

        Assert.Equal((0, 0, 1), (refresh.Added, refresh.Removed, refresh.Renamed));
        Assert.Contains(OpenTasks(index), r => r.File == "Meetings/Archive/Globex.md");
        Assert.DoesNotContain(OpenTasks(index), r => r.File == TestVault.GlobexCall);
    }

    [Fact]
    public void A_touched_file_with_the_same_content_is_hashed_not_reindexed_and_the_walk_stored()
    {
        using var index = vault.OpenIndex();
        index.Refresh();

        File.SetLastWriteTimeUtc(vault.Dir.Combine(TestVault.Priya.Split('/')), new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var refresh = index.Refresh();

        Assert.Equal(1, refresh.Touched);
        Assert.False(refresh.Changed);
        Assert.False(index.Refresh().Changed);
        Assert.Equal(VaultFiles.Digest(vault.Root, "Inbox"), Stored(index));
    }

    [Fact]
    public void Inbox_and_dot_folders_are_not_indexed()
    {
        vault.Write("Inbox/raw.md", "- [ ] not a note task\n");
        vault.Write(".obsidian/x.md", "- [ ] hidden\n");
        using var index = vault.OpenIndex();

        index.Refresh();

        Assert.DoesNotContain(OpenTasks(index), r => r.File.StartsWith("Inbox", StringComparison.Ordinal) || r.File.StartsWith('.'));
    }

    [Fact]
    public void A_deleted_database_is_rebuilt()
    {
        using (var index = vault.OpenIndex())
        {
            index.Refresh();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(vault.Dir.Combine(".cairn", "index.db"));
        using var again = vault.OpenIndex();

        var refresh = again.Refresh();

        Assert.True(refresh.Rebuilt);
        Assert.Equal(7, refresh.Added);
    }

    [Fact]
    public void A_corrupt_database_is_moved_aside_and_rebuilt()
    {
        using (var index = vault.OpenIndex())
        {
            index.Refresh();
        }

        var db = vault.Dir.Combine(".cairn", "index.db");
        foreach (var wal in new[] { db + "-wal", db + "-shm" }.Where(File.Exists))
        {
            File.Delete(wal);
        }

        File.WriteAllText(db, "this is not a database, it is a note someone saved here by mistake" + new string('x', 5000));
        using var again = vault.OpenIndex();

        var refresh = again.Refresh();

        Assert.NotNull(again.RecoveredFrom);
        Assert.True(File.Exists(again.RecoveredFrom));
        Assert.True(refresh.Rebuilt);
        Assert.Equal(7, refresh.Total);
        Assert.Equal(7, refresh.Added);
    }

    [Fact]
    public void The_index_lives_apart_from_the_state_store()
    {
        long run;
        using (var store = Cairn.Commit.StateStore.Open(vault.Dir.Combine(".cairn", "state.db"), TimeProvider.System))
        {
            run = store.BeginRun();
        }

        using (var index = vault.OpenIndex())
        {
            index.Refresh();
            Assert.Equal(0, Count(index, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('runs', 'ledger', 'processed_sources')"));
        }

        using var reopened = Cairn.Commit.StateStore.Open(vault.Dir.Combine(".cairn", "state.db"), TimeProvider.System);
        Assert.Equal(run + 1, reopened.BeginRun());
    }

    [Fact]
    public void A_damaged_index_is_moved_aside_without_touching_the_history()
    {
        using (var store = Cairn.Commit.StateStore.Open(vault.Dir.Combine(".cairn", "state.db"), TimeProvider.System))
        {
            store.BeginRun();
        }

        using (var index = vault.OpenIndex())
        {
            index.Refresh();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var db = vault.Dir.Combine(".cairn", "index.db");
        foreach (var wal in new[] { db + "-wal", db + "-shm" }.Where(File.Exists))
        {
            File.Delete(wal);
        }

        File.WriteAllBytes(db, new byte[40000]);
        using (var again = vault.OpenIndex())
        {
            again.Refresh();
            Assert.NotNull(again.RecoveredFrom);
        }

        using var reopened = Cairn.Commit.StateStore.Open(vault.Dir.Combine(".cairn", "state.db"), TimeProvider.System);
        Assert.Single(reopened.Runs());
    }

    [Fact]
    public void An_index_of_an_older_schema_is_rebuilt_without_its_retired_tables()
    {
        using (var index = vault.OpenIndex())
        {
            index.Refresh();
            Execute(index, "CREATE TABLE index_items(note_id INTEGER, section TEXT, line INTEGER, text TEXT); UPDATE index_schema SET version = 5;");
        }

        using var reopened = vault.OpenIndex();
        var refresh = reopened.Refresh();

        Assert.True(refresh.Rebuilt);
        Assert.Equal(7, refresh.Added);
        Assert.Equal(0, Count(reopened, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'index_items'"));
    }

    internal static IReadOnlyList<TaskRow> OpenTasks(VaultIndex index) => TaskReads.Find(index, new TaskFilter(), "Jason Vallery");

    private static void Execute(VaultIndex index, string sql)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The walk digest the last refresh stored, or null.</summary>
    private static VaultDigest? Stored(VaultIndex index)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT notes, digest FROM index_walk";
        using var reader = command.ExecuteReader();
        return reader.Read() ? new VaultDigest(reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    private static long Count(VaultIndex index, string sql)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Keeps every report, in order, on the thread that made it (Progress&lt;T&gt; would post them to the pool).</summary>
    private sealed class ProgressLog : IProgress<IndexProgress>
    {
        public List<IndexProgress> Reports { get; } = [];

        public void Report(IndexProgress value) => Reports.Add(value);
    }
}
