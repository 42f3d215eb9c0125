using Cairn.Commit;
using Cairn.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Commit;

public sealed class StateStoreTests
{
    private static readonly FakeTimeProvider Time = new(CliRunner.PinnedNow);

    [Fact]
    public void Migrates_once_and_reopens_at_the_same_version()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine(".cairn", "state.db");
        using (var store = StateStore.Open(path, Time))
        {
            Assert.Equal(7, store.SchemaVersion);
        }

        using var again = StateStore.Open(path, Time);
        Assert.Equal(7, again.SchemaVersion);
    }

    [Fact]
    public void A_new_database_gets_the_state_page_size_and_an_existing_one_keeps_its_own()
    {
        using var temp = new TempDirectory();
        var fresh = temp.Combine(".cairn", "state.db");
        var existing = temp.Combine("old.db");
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={existing};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = "PRAGMA page_size=4096; CREATE TABLE t(x)";
            create.ExecuteNonQuery();
        }

        using (StateStore.Open(fresh, Time))
        using (var store = StateStore.Open(existing, Time))
        {
            Assert.Equal(7, store.SchemaVersion);
        }

        Assert.Equal(Cairn.Vault.VaultLayout.StateDatabasePageSize, PageSize(fresh));
        Assert.Equal(4096, PageSize(existing));
    }

    [Fact]
    public void The_index_tables_of_a_state_db_from_before_the_split_are_dropped_and_the_history_kept()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine(".cairn", "state.db");
        using (var store = StateStore.Open(path, Time))
        {
            store.SetRunStatus(store.BeginRun(), RunStatus.Committed);
        }

        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            // What a state.db of schema 2 held: the index's tables beside the history.
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                DELETE FROM schema_version WHERE version >= 3; DROP TABLE entity_subjects; DROP TABLE llm_replies; DROP TABLE refused_sources;
                ALTER TABLE runs DROP COLUMN tokens_in; ALTER TABLE runs DROP COLUMN tokens_out;
                CREATE TABLE index_schema(version INTEGER); CREATE TABLE index_notes(id INTEGER PRIMARY KEY, path TEXT);
                CREATE VIRTUAL TABLE index_fts USING fts5(title, body);
                """;
            create.ExecuteNonQuery();
        }

        using (var store = StateStore.Open(path, Time))
        {
            Assert.Equal(7, store.SchemaVersion);
            Assert.Single(store.Runs());
        }

        using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        using var tables = check.CreateCommand();
        tables.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'index_%'";
        Assert.Equal(0L, tables.ExecuteScalar());
    }

    [Fact]
    public void Entity_meetings_are_found_by_any_case_and_replaced_per_meeting()
    {
        using var temp = new TempDirectory();
        using var store = StateStore.Open(temp.Combine(".cairn", "state.db"), Time);

        store.SetMeetingLinks([("Meetings/a.md", "1:10", ["Ana Lee", "Acme"]), ("Meetings/b.md", "2:20", ["ana lee"])], tableEmpty: true);
        store.SetMeetingLinks([("Meetings/a.md", "3:30", ["Acme"])]);

        Assert.Equal(["Meetings/b.md"], store.MeetingsLinking("ANA LEE"));
        Assert.Equal(["Meetings/a.md"], store.MeetingsLinking("acme"));
        Assert.Equal("3:30", store.MeetingStamps()["Meetings/a.md"]);
        store.RemoveMeeting("Meetings/a.md");
        Assert.Empty(store.MeetingsLinking("Acme"));
        Assert.Single(store.MeetingStamps());
    }

    [Fact]
    public void Journal_ledger_and_processed_sources_round_trip()
    {
        using var temp = new TempDirectory();
        using var store = StateStore.Open(temp.Combine("state.db"), Time);
        var run = store.BeginRun();
        byte[] prior = [0, 1, 2, 255];
        var id = store.Record(new JournalEntry(0, run, "abc", OperationKind.Update, "People/Jane Doe.md", null, prior, "hash", true, "old ledger", OperationState.Pending));
        store.Record(new JournalEntry(0, run, "abc", OperationKind.Move, "Inbox/_archive/x.vtt", "Inbox/x.vtt", null, null, false, null, OperationState.Pending));
        store.SetState([id], OperationState.Done);
        store.SetLedger("People/Jane Doe.md", "generated\n", run);
        store.AddProcessed(new ProcessedSource("abc", "Inbox/x.vtt", "Inbox/_archive/x.vtt", ["Meetings/a.md", "People/Jane Doe.md"], run, CliRunner.PinnedNow));
        store.SetRunStatus(run, RunStatus.Committed);

        var operations = store.Operations(run);
        Assert.Equal(2, operations.Count);
        Assert.Equal(prior, operations[0].PriorBytes);
        Assert.Equal(OperationState.Done, operations[0].State);
        Assert.Equal("old ledger", operations[0].PriorLedger);
        Assert.Equal("Inbox/x.vtt", operations[1].PriorPath);
        Assert.Equal("generated\n", store.Ledger("People/Jane Doe.md"));
        Assert.Null(store.Ledger("People/Nobody.md"));
        var processed = store.Processed("abc")!;
        Assert.Equal(["Meetings/a.md", "People/Jane Doe.md"], processed.Notes);
        Assert.Equal(CliRunner.PinnedNow, processed.ProcessedAt);
        var summary = Assert.Single(store.Runs());
        Assert.Equal(RunStatus.Committed, summary.Status);
        Assert.Equal((1, 0, 1, 0), (summary.Sources, summary.Created, summary.Updated, summary.Moved));
        Assert.Equal(run, store.LastUndoableRun());
    }

    [Fact]
    public void A_transaction_that_throws_leaves_nothing()
    {
        using var temp = new TempDirectory();
        using var store = StateStore.Open(temp.Combine("state.db"), Time);
        var run = store.BeginRun();
        Assert.Throws<InvalidOperationException>(() => store.InTransaction(() =>
        {
            store.SetLedger("a.md", "x", run);
            throw new InvalidOperationException("boom");
        }));
        Assert.Null(store.Ledger("a.md"));
    }

    [Fact]
    public void A_run_that_journals_megabytes_leaves_the_wal_bounded_while_another_process_keeps_the_store_open()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine(".cairn", "state.db");
        // Another process (cairn watch, cairn mcp) holding the store open: SQLite then cannot delete the WAL on close.
        using var watcher = StateStore.Open(path, Time);
        long largest = 0;
        using (var store = StateStore.Open(path, Time))
        {
            var run = store.BeginRun();
            var prior = new byte[64 * 1024];
            for (var i = 0; i < 96; i++)
            {
                // 96 updated notes of 64 KB each: 6 MB of prior bytes, one transaction per note as a run commits them.
                Random.Shared.NextBytes(prior);
                store.InTransaction(() => store.Record(new JournalEntry(0, run, "hash", OperationKind.Update, $"Meetings/{i}.md", null, prior, "new", false, null, OperationState.Done)));
                largest = Math.Max(largest, new FileInfo(path + "-wal").Length);
            }

            store.SetRunStatus(run, RunStatus.Committed);
        }

        Assert.InRange(largest, 1, 2 * StateStore.WalLimitBytes);
        Assert.Equal(0, new FileInfo(path + "-wal").Length);
        Assert.Single(watcher.Runs());
    }

    private static long PageSize(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        return (long)command.ExecuteScalar()!;
    }
}
