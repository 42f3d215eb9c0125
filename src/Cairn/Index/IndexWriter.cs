using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Cairn.Index;

/// <summary>
/// Writes notes into the index inside one transaction through prepared statements (one per statement, parameters
/// rebound per row, run through <see cref="RawStatement"/>), which is what makes a 50,000-note build take seconds rather than minutes.
/// </summary>
internal sealed class IndexWriter : IDisposable
{
    private static readonly string[] KindNames = Enum.GetNames<NoteKind>();

    private readonly SqliteTransaction transaction;
    private readonly List<RawStatement> statements = [];
    private readonly RawStatement insertNote;
    private readonly RawStatement insertLink;
    private readonly RawStatement insertParticipant;
    private readonly RawStatement insertTask;
    private readonly RawStatement insertEntity;
    private readonly RawStatement insertAlias;
    private readonly RawStatement insertFts;
    private readonly RawStatement insertSource;
    private readonly RawStatement touch;
    private readonly RawStatement[] deletes;
    private readonly long firstNewId;
    private long nextTaskId;

    public IndexWriter(SqliteConnection connection)
    {
        transaction = connection.BeginTransaction();
        insertNote = Prepare(connection, """
            INSERT INTO index_notes(id, path, kind, type, title, date, account, account_key, frontmatter, summary, items, size, mtime, hash, tasks_from, tasks_to)
            VALUES ($id, $path, $kind, $type, $title, $date, $account, $account_key, $frontmatter, $summary, $items, $size, $mtime, $hash, $tasks_from, $tasks_to)
            """);
        firstNewId = Max(connection, "SELECT MAX(id) FROM index_notes") + 1;
        nextTaskId = Max(connection, "SELECT MAX(rowid) FROM index_tasks") + 1;

        insertLink = Prepare(connection, "INSERT OR IGNORE INTO index_links(note_id, target_key, meeting) VALUES ($note, $key, $meeting)");
        insertParticipant = Prepare(connection, "INSERT OR IGNORE INTO index_participants(note_id, key, meeting_date) VALUES ($note, $key, $date)");
        insertTask = Prepare(connection, """
            INSERT INTO index_tasks(rowid, note_id, line, raw, is_open, owner_key, priority, due, section, links, note_kind)
            VALUES ($id, $note, $line, $raw, $open, $owner_key, $priority, $due, $section, $links, $note_kind)
            """);
        insertEntity = Prepare(connection, "INSERT INTO index_entities(note_id, name, name_key, kind, last_contact) VALUES ($note, $name, $key, $kind, $last)");
        insertAlias = Prepare(connection, "INSERT INTO index_aliases(note_id, alias, alias_key) VALUES ($note, $alias, $key)");
        insertFts = Prepare(connection, "INSERT INTO index_fts(rowid, title, body) VALUES ($note, $title, $body)");
        insertSource = Prepare(connection, "INSERT INTO index_source_fts(rowid, body) VALUES ($note, $body)");
        touch = Prepare(connection, "UPDATE index_notes SET size = $size, mtime = $mtime WHERE id = $note");
        deletes = [.. new[] { "index_links", "index_participants", "index_entities", "index_aliases" }
            .Select(t => Prepare(connection, $"DELETE FROM {t} WHERE note_id = $note"))
            .Prepend(Prepare(connection, """
                DELETE FROM index_tasks WHERE rowid >= (SELECT tasks_from FROM index_notes WHERE id = $note)
                  AND rowid < (SELECT tasks_to FROM index_notes WHERE id = $note)
                """))
            .Append(Prepare(connection, "DELETE FROM index_fts WHERE rowid = $note"))
            .Append(Prepare(connection, "DELETE FROM index_source_fts WHERE rowid = $note"))
            .Append(Prepare(connection, "DELETE FROM index_notes WHERE id = $note"))];
    }

    /// <summary>
    /// Adds a note as the <paramref name="order"/>-th of this writer's work. Its id is taken from that position, not
    /// from when its parse finished: the readers finish batches in any order, and search ranks the highest ids as
    /// the most recently written notes.
    /// </summary>
    public void Add(IndexedNote note, int order)
    {
        // Ids are handed out here rather than read back (RETURNING) from SQLite: a reader per note costs more than the insert.
        var id = firstNewId + order;
        var kind = KindNames[(int)note.Kind];
        var tasksFrom = nextTaskId;
        insertNote.Run(id, note.Path, kind, note.Type, note.Title, note.Date, note.Account, note.AccountKey,
            note.FrontmatterJson, note.Summary, note.ItemsJson, note.Stamp.Size, note.Stamp.Mtime, note.Hash, tasksFrom, tasksFrom + note.Tasks.Count);
        var meeting = note.Kind == NoteKind.Meeting;
        foreach (var key in note.LinkKeys)
        {
            insertLink.Run(id, key, meeting ? 1 : 0);
        }

        foreach (var key in note.ParticipantKeys)
        {
            insertParticipant.Run(id, key, meeting ? note.Date : null);
        }

        foreach (var t in note.Tasks)
        {
            insertTask.Run(nextTaskId++, id, t.Line, t.Raw, t.IsOpen ? 1 : 0, t.OwnerKey, t.Priority, t.Due, t.Section, t.Links, kind);
        }

        if (note.Entity is { } entity)
        {
            insertEntity.Run(id, entity.Name, entity.NameKey, entity.Kind, entity.LastContact);
            foreach (var alias in entity.Aliases)
            {
                insertAlias.Run(id, alias, alias.ToLowerInvariant());
            }
        }

        insertFts.Run(id, note.Title, note.Body);
        if (note.SourceBody is { Length: > 0 } source)
        {
            insertSource.Run(id, source);
        }
    }

    public void Touch(long id, NoteStamp stamp) => touch.Run(stamp.Size, stamp.Mtime, id);

    public void Remove(long id)
    {
        foreach (var delete in deletes)
        {
            delete.Run(id);
        }
    }

    public SqliteTransaction Transaction => transaction;

    public void Commit() => transaction.Commit();

    public void Dispose()
    {
        foreach (var statement in statements)
        {
            statement.Dispose();
        }

        transaction.Dispose();
    }

    private long Max(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar() is long max ? max : 0;
    }

    /// <summary>Prepares a statement whose <c>$name</c> parameters are bound by position, in order of first appearance.</summary>
    private RawStatement Prepare(SqliteConnection connection, string sql)
    {
        var names = System.Text.RegularExpressions.Regex.Matches(sql, @"\$[a-z_]+").Select(m => m.Value).Distinct().ToList();
        var positional = System.Text.RegularExpressions.Regex.Replace(sql, @"\$[a-z_]+", m => "?" + (names.IndexOf(m.Value) + 1).ToString(CultureInfo.InvariantCulture));
        var statement = new RawStatement(connection, positional);
        statements.Add(statement);
        return statement;
    }
}
