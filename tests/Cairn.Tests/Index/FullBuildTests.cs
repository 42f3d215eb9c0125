using Cairn.Index;
using Cairn.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace Cairn.Tests.Index;

/// <summary>A full build takes a faster path (batched hand-offs, no secondary indexes, a rollback journal); it must store what note-by-note refreshes store.</summary>
public sealed class FullBuildTests : IDisposable
{
    private const int Meetings = 1000;

    private readonly TestVault bulk = TestVault.Standard();
    private readonly TestVault stepwise = TestVault.Standard();

    public void Dispose()
    {
        bulk.Dispose();
        stepwise.Dispose();
    }

    [Fact]
    public void A_bulk_build_stores_what_refreshes_note_by_note_store()
    {
        WriteMeetings(bulk, 0, Meetings);
        using var built = bulk.OpenIndex();
        var refresh = built.Refresh();

        using var stepped = stepwise.OpenIndex();
        stepped.Refresh();
        for (var from = 0; from < Meetings; from += 250)
        {
            WriteMeetings(stepwise, from, from + 250);
            stepped.Refresh();
        }

        Assert.Equal(Meetings + 7, refresh.Added);
        var dump = Dump(built.Connection);
        Assert.Contains(dump, row => row.StartsWith("fts\u001fMeetings/", StringComparison.Ordinal));
        Assert.Equal(Dump(stepped.Connection), dump);
    }

    [Fact]
    public void Edits_renames_and_deletions_after_a_build_leave_what_a_rebuild_stores()
    {
        using var index = BuiltIndex();
        var meetings = Directory.GetFiles(Path.Combine(bulk.Root, "Meetings"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(bulk.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < meetings.Count; i += 97)
        {
            // More tasks in some notes, none in others: each note's rows must still be its own after the edit.
            var text = bulk.Read(meetings[i]);
            bulk.Write(meetings[i], i % 2 == 0 ? text + "\n- [ ] Added task " + i + " @Ann Lee 📅 2025-12-01\n- [ ] Another " + i + "\n" : text.Replace("- [", "- (", StringComparison.Ordinal));
        }

        File.Delete(Path.Combine(bulk.Root, meetings[5]));
        File.Move(Path.Combine(bulk.Root, meetings[6]), Path.Combine(bulk.Root, "Meetings", "Renamed.md"));
        WriteMeetings(bulk, Meetings, Meetings + 20);

        var refresh = index.Refresh();
        var incremental = Dump(index.Connection);
        index.Rebuild();

        Assert.True(refresh.Updated > 5 && refresh.Renamed == 1 && refresh.Removed == 1 && refresh.Added == 20, refresh.ToString());
        Assert.Equal(Dump(index.Connection), incremental);
        Assert.Equal(Rows(index.Connection, "SELECT target_key, COUNT(*) FROM index_links WHERE meeting = 1 GROUP BY target_key"), Rows(index.Connection, "SELECT key, n FROM index_counts WHERE what = 'meetings'"));
        Assert.Equal(Rows(index.Connection, "SELECT owner_key, COUNT(*) FROM index_tasks WHERE is_open = 1 AND note_kind <> 'Entity' AND owner_key IS NOT NULL GROUP BY owner_key"), Rows(index.Connection, "SELECT key, n FROM index_counts WHERE what = 'open_tasks'"));
        Assert.Contains(incremental, row => row.StartsWith("count\u001fmeetings\u001fperson 3\u001f", StringComparison.Ordinal));
    }

    [Fact]
    public void Note_ids_follow_write_times_even_when_the_oldest_batch_is_read_last()
    {
        // The oldest note is a big one: its batch is parsed long after the later batches, which once gave it the
        // highest id, so search took it for the newest match (a flaky SearchQueryTests case under load).
        var start = DateTime.UtcNow.AddDays(-30);
        var big = string.Concat(Enumerable.Range(0, 60_000).Select(i => $"- [ ] Person {i % 17} sends the deck {i} 📅 2025-12-01\n"));
        bulk.Write("Notes/Oldest.md", "# Oldest\n\n" + big);
        File.SetLastWriteTimeUtc(Path.Combine(bulk.Root, "Notes/Oldest.md"), start);
        for (var i = 0; i < 2000; i++)
        {
            var path = $"Notes/Later {i:D4}.md";
            bulk.Write(path, $"# Later {i}\n\nA short note.\n");
            File.SetLastWriteTimeUtc(Path.Combine(bulk.Root, path), start.AddMinutes(1 + i));
        }

        using var index = bulk.OpenIndex();
        index.Refresh();

        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT path FROM index_notes WHERE path LIKE 'Notes/%' ORDER BY id";
        using var reader = command.ExecuteReader();
        var byId = new List<string>();
        while (reader.Read())
        {
            byId.Add(reader.GetString(0));
        }

        Assert.Equal("Notes/Oldest.md", byId[0]);
        Assert.Equal(byId.Skip(1).Order(StringComparer.Ordinal), byId.Skip(1));
    }

    [Fact]
    public void A_bulk_build_ends_in_wal_mode_with_its_indexes_and_page_size()
    {
        using var index = BuiltIndex();

        Assert.Equal("wal", Scalar(index.Connection, "PRAGMA journal_mode"));
        Assert.Equal(Cairn.Vault.VaultLayout.StateDatabasePageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(index.Connection, "PRAGMA page_size"));
        Assert.Equal(IndexSchema.Indexes.Length, Convert.ToInt32(Scalar(index.Connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'index_%'"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(index.Refresh().Changed);
    }

    [Fact]
    public void A_bulk_build_beside_another_open_connection_stays_in_wal_mode()
    {
        WriteMeetings(bulk, 0, Meetings);
        bulk.OpenIndex().Dispose();
        // A query in another process reading the index while this one builds it.
        using var reader = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={bulk.Dir.Combine(".cairn", "index.db")};Pooling=False");
        reader.Open();
        Assert.Equal("0", Scalar(reader, "SELECT COUNT(*) FROM index_notes"));
        using var index = bulk.OpenIndex();

        var refresh = index.Refresh();

        Assert.Equal(Meetings + 7, refresh.Total);
        Assert.Equal("wal", Scalar(index.Connection, "PRAGMA journal_mode"));
        Assert.Equal((Meetings + 7).ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(reader, "SELECT COUNT(*) FROM index_notes"));
    }

    /// <summary>The bulk vault with its meetings written and indexed from nothing.</summary>
    private Cairn.Index.VaultIndex BuiltIndex()
    {
        WriteMeetings(bulk, 0, Meetings);
        var index = bulk.OpenIndex();
        index.Refresh();
        return index;
    }

    private static void WriteMeetings(TestVault vault, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var account = $"Account {i % 13}";
            vault.Write(
                $"Meetings/{account}/2025-{1 + (i % 12):00}-{1 + (i % 28):00} - Sync {i}.md",
                TestVault.Meeting(
                    $"Sync {i}", $"2025-{1 + (i % 12):00}-{1 + (i % 28):00}", account, [$"Person {i % 17}", "Priya Raman"],
                    $"Talked about item {i} and [[Project {i % 5}]].",
                    [$"- [ ] [[Person {i % 17}]] sends the deck {i} 📅 2025-12-{1 + (i % 28):00}", $"- [x] Priya Raman shared notes {i} ✅ 2025-11-01"],
                    [$"Go with plan {i % 3}"],
                    [$"Budget is {i}k"]));
        }
    }

    /// <summary>Every index table's rows keyed by note path rather than id (ids follow the order notes were written); a row whose note is gone shows as &lt;null&gt;.</summary>
    private static List<string> Dump(SqliteConnection connection)
    {
        string[] queries =
        [
            "SELECT 'note', path, kind, type, title, date, account, account_key, frontmatter, summary, items, size, hash FROM index_notes",
            "SELECT 'link', n.path, l.target_key FROM index_links l LEFT JOIN index_notes n ON n.id = l.note_id",
            "SELECT 'task', n.path, t.line, t.raw, t.is_open, t.owner_key, t.priority, t.due, t.section, t.links, t.note_kind FROM index_tasks t LEFT JOIN index_notes n ON n.id = t.note_id",
            "SELECT 'entity', n.path, e.name, e.name_key, e.kind, e.last_contact FROM index_entities e LEFT JOIN index_notes n ON n.id = e.note_id",
            "SELECT 'alias', n.path, a.alias, a.alias_key FROM index_aliases a LEFT JOIN index_notes n ON n.id = a.note_id",
            "SELECT 'count', what, key, n FROM index_counts",
            // The full-text index keeps no text: every term it holds, with the note, column and position it was read at.
            "SELECT 'fts', n.path, v.term, v.col, v.offset FROM temp.index_fts_terms v LEFT JOIN index_notes n ON n.id = v.doc",
        ];
        using (var vocabulary = connection.CreateCommand())
        {
            vocabulary.CommandText = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.index_fts_terms USING fts5vocab(main, index_fts, instance)";
            vocabulary.ExecuteNonQuery();
        }

        var rows = queries.SelectMany(sql => Rows(connection, sql)).ToList();
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>The rows <paramref name="sql"/> reads, each as its values joined by U+001F, in ordinal order.</summary>
    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "<null>" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
