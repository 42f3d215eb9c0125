using System.Globalization;
using Cairn.Notes;
using Microsoft.Data.Sqlite;

namespace Cairn.Index;

/// <summary>
/// Writes notes into the index inside one transaction through prepared commands (one per statement, parameters
/// rebound per row), which is what makes a 50,000-note build take seconds rather than minutes.
/// </summary>
internal sealed class IndexWriter : IDisposable
{
    private readonly SqliteTransaction transaction;
    private readonly List<SqliteCommand> commands = [];
    private readonly SqliteCommand insertNote;
    private readonly SqliteCommand insertLink;
    private readonly SqliteCommand insertTask;
    private readonly SqliteCommand insertEntity;
    private readonly SqliteCommand insertAlias;
    private readonly SqliteCommand insertItem;
    private readonly SqliteCommand insertFts;
    private readonly SqliteCommand touch;
    private readonly SqliteCommand[] deletes;
    private long nextId;

    public IndexWriter(SqliteConnection connection)
    {
        transaction = connection.BeginTransaction();
        insertNote = Prepare(connection, """
            INSERT INTO index_notes(id, path, kind, type, title, date, account, account_key, frontmatter, summary, size, mtime, hash)
            VALUES ($id, $path, $kind, $type, $title, $date, $account, $account_key, $frontmatter, $summary, $size, $mtime, $hash)
            """);
        using (var max = connection.CreateCommand())
        {
            max.Transaction = transaction;
            max.CommandText = "SELECT COALESCE(MAX(id), 0) FROM index_notes";
            nextId = (long)max.ExecuteScalar()! + 1;
        }

        insertLink = Prepare(connection, "INSERT INTO index_links(note_id, seq, target, target_key, line) VALUES ($note, $seq, $target, $key, $line)");
        insertTask = Prepare(connection, """
            INSERT INTO index_tasks(note_id, line, raw, status_char, is_open, text, owner, owner_key, priority, due, scheduled, start, created,
                done, cancelled, recurrence, tags, task_id, depends_on, section, links, note_kind, account_key, note_date)
            VALUES ($note, $line, $raw, $status, $open, $text, $owner, $owner_key, $priority, $due, $scheduled, $start, $created,
                $done, $cancelled, $recurrence, $tags, $id, $depends, $section, $links, $note_kind, $account_key, $note_date)
            """);
        insertEntity = Prepare(connection, "INSERT INTO index_entities(note_id, name, name_key, kind, last_contact) VALUES ($note, $name, $key, $kind, $last)");
        insertAlias = Prepare(connection, "INSERT INTO index_aliases(note_id, alias, alias_key) VALUES ($note, $alias, $key)");
        insertItem = Prepare(connection, "INSERT INTO index_items(note_id, section, line, text) VALUES ($note, $section, $line, $text)");
        insertFts = Prepare(connection, "INSERT INTO index_fts(rowid, title, body) VALUES ($note, $title, $body)");
        touch = Prepare(connection, "UPDATE index_notes SET size = $size, mtime = $mtime WHERE id = $note");
        deletes = [.. new[] { "index_links", "index_tasks", "index_entities", "index_aliases", "index_items" }
            .Select(t => Prepare(connection, $"DELETE FROM {t} WHERE note_id = $note"))
            .Append(Prepare(connection, "DELETE FROM index_fts WHERE rowid = $note"))
            .Append(Prepare(connection, "DELETE FROM index_notes WHERE id = $note"))];
    }

    public void Add(IndexedNote note)
    {
        var account = note.Account?.ToLowerInvariant();
        // Ids are handed out here rather than read back (RETURNING) from SQLite: a reader per note costs more than the insert.
        var id = nextId++;
        Run(insertNote, scalar: false, id, note.Path, note.Kind.ToString(), note.Type, note.Title, note.Date, note.Account, account,
            note.FrontmatterJson, note.Summary, note.Stamp.Size, note.Stamp.Mtime, note.Hash);
        for (var i = 0; i < note.Links.Count; i++)
        {
            var link = note.Links[i];
            Run(insertLink, false, id, i, link.Target, NoteIndexer.LinkKey(link.Target), link.Line);
        }

        foreach (var task in note.Tasks)
        {
            AddTask(id, task, note, account);
        }

        if (note.Entity is { } entity)
        {
            Run(insertEntity, false, id, entity.Name, entity.Name.ToLowerInvariant(), entity.Kind, entity.LastContact);
            foreach (var alias in entity.Aliases.Where(a => a.Trim().Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                Run(insertAlias, false, id, alias.Trim(), alias.Trim().ToLowerInvariant());
            }
        }

        foreach (var item in note.Items)
        {
            Run(insertItem, false, id, item.Section, item.Line, item.Text);
        }

        Run(insertFts, false, id, note.Title, note.Body);
    }

    public void Touch(long id, NoteStamp stamp) => Run(touch, false, stamp.Size, stamp.Mtime, id);

    public void Remove(long id)
    {
        foreach (var delete in deletes)
        {
            Run(delete, false, id);
        }
    }

    public SqliteTransaction Transaction => transaction;

    public void Commit() => transaction.Commit();

    public void Dispose()
    {
        foreach (var command in commands)
        {
            command.Dispose();
        }

        transaction.Dispose();
    }

    private void AddTask(long id, IndexedTask indexed, IndexedNote note, string? account)
    {
        var t = indexed.Task;
        Run(insertTask, false, id, t.Line, t.Raw, t.StatusChar.ToString(), t.IsOpen ? 1 : 0, t.Text, t.Owner, t.Owner?.ToLowerInvariant(), (int)t.Priority,
            Date(t.Due), Date(t.Scheduled), Date(t.Start), Date(t.Created), Date(t.Done), Date(t.Cancelled), t.Recurrence,
            string.Join(' ', t.Tags), t.Id, string.Join(',', t.DependsOn), indexed.Section, string.Join('\n', indexed.Links),
            note.Kind.ToString(), account, note.Date);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        var names = System.Text.RegularExpressions.Regex.Matches(sql, @"\$[a-z_]+").Select(m => m.Value).Distinct();
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        commands.Add(command);
        return command;
    }

    /// <summary>Binds the values to the command's parameters in the order they appear in its SQL, then runs it.</summary>
    private static object? Run(SqliteCommand command, bool scalar, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return scalar ? command.ExecuteScalar() : command.ExecuteNonQuery();
    }
}
