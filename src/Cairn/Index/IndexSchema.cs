namespace Cairn.Index;

/// <summary>
/// The index's tables in <c>.cairn/index.db</c>, a file apart from the <see cref="Commit.StateStore"/>'s <c>state.db</c>.
/// The index is derived from the Markdown, so its "migration" is simple: when <see cref="Version"/> differs from
/// the one stored in <c>index_schema</c>, every index table is dropped and rebuilt from the vault. A note's rows sit
/// together, so re-indexing it deletes a key range and no note_id index is built or kept: links are clustered by
/// note id (WITHOUT ROWID), and a note's tasks take consecutive rowids, handed out by the writer and recorded on the
/// note as <c>[tasks_from, tasks_to)</c> (a rowid table appends faster than a WITHOUT ROWID one keyed by note and
/// line: 0.4 s of a 50,000-note build). Tables hold only the
/// columns some query filters or joins on: a task's other fields are re-read from its stored line, and a link is
/// kept once per note and target, which is all backlink queries ask. A meeting's participants have a table of
/// their own, clustered the same way: last contact was read from the frontmatter JSON of every meeting, once per
/// person, and <c>cairn people</c> took 29 s on a 50,000-note vault. The lines of the sections the daily views read
/// (decisions, facts, topics) are a JSON column of the note, <c>[[section, line, text], ...]</c>, read with
/// <c>json_each</c>: those views read them a few notes at a time, and a row per line cost a full build a B-tree of its own.
/// </summary>
internal static class IndexSchema
{
    public const int Version = 15;

    public static readonly string[] Tables = ["index_notes", "index_links", "index_participants", "index_tasks", "index_entities", "index_aliases", "index_counts", "index_fts", "index_source_fts", "index_walk"];

    /// <summary>
    /// A per-connection table search fills with the text of the notes it shows and cuts their snippets from, with
    /// the index's tokenizer, so a snippet highlights exactly what matched.
    /// </summary>
    public const string SnippetTable = $"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_snippets USING fts5(title, body, tokenize = '{FtsTokenizer}')";

    /// <summary>Tables earlier versions had: dropped when the index is reset.</summary>
    public static readonly string[] Retired = ["index_items"];

    /// <summary>Secondary indexes: dropped before a full build and made again after it, which is faster than keeping them up to date row by row.</summary>
    public static readonly (string Name, string Sql)[] Indexes =
    [
        ("index_notes_account", "CREATE INDEX index_notes_account ON index_notes(account_key, date)"),
        ("index_notes_kind", "CREATE INDEX index_notes_kind ON index_notes(kind, date)"),
        // What every refresh compares with the disk: a scan of it reads a few MB where the table is 60.
        ("index_notes_stamp", "CREATE INDEX index_notes_stamp ON index_notes(path, size, mtime)"),
        // A link row knows whether a meeting made it, and a participant row its meeting's date, so that per-person
        // counts and last contact read these indexes alone: joining index_notes for the kind and date cost a random
        // read of a wide row per link, and cairn people read 174,707 of them on a 52,247-note vault (0.56 s -> 0.05 s).
        ("index_links_target", "CREATE INDEX index_links_target ON index_links(target_key, meeting)"),
        ("index_participants_key", "CREATE INDEX index_participants_key ON index_participants(key, meeting_date)"),
        // note_kind last, so counting a person's open tasks outside entity notes reads the index alone.
        ("index_tasks_owner", "CREATE INDEX index_tasks_owner ON index_tasks(owner_key, is_open, due, note_kind)"),
        // Only dated tasks: every due-date filter compares `due`, which SQLite knows implies `due IS NOT NULL`.
        ("index_tasks_due", "CREATE INDEX index_tasks_due ON index_tasks(is_open, due) WHERE due IS NOT NULL"),
        ("index_entities_name", "CREATE INDEX index_entities_name ON index_entities(name_key)"),
        ("index_aliases_note", "CREATE INDEX index_aliases_note ON index_aliases(note_id)"),
        ("index_aliases_key", "CREATE INDEX index_aliases_key ON index_aliases(alias_key)"),
    ];

    /// <summary>
    /// Counts kept by triggers as rows come and go, so that <c>cairn people</c> reads one row per person and count:
    /// how many meeting notes link to a key (<c>meetings</c>), and how many open tasks outside entity notes a key
    /// owns (<c>open_tasks</c>). Counting each person's rows cost the same whatever the question, and grew with
    /// the vault (links 0.08 s at 52,247 notes, 0.32 s at 202,297; open tasks 0.07 s, 0.24 s). A full build drops
    /// the triggers with the secondary indexes and counts once at the end (<see cref="Recount"/>); a count that
    /// falls to nothing leaves no row.
    /// </summary>
    public static readonly (string Name, string Sql)[] Triggers = [.. Counts.SelectMany(c => new[] { c.Counted(), c.Uncounted() })];

    /// <summary>The counts made from the rows themselves, after a full build wrote them with no trigger.</summary>
    public static readonly string Recount = "DELETE FROM index_counts;\n" + string.Concat(Counts.Select(c => c.Fill()));

    private static IEnumerable<KeptCount> Counts =>
    [
        new("meetings", "index_links", "target_key", "{0}.meeting = 1"),
        new("open_tasks", "index_tasks", "owner_key", "{0}.is_open = 1 AND {0}.note_kind <> 'Entity' AND {0}.owner_key IS NOT NULL"),
    ];

    /// <summary>One count of <see cref="Triggers"/>: rows of <paramref name="Table"/> meeting <paramref name="Where"/> ({0} is the row), by <paramref name="Key"/>.</summary>
    private sealed record KeptCount(string What, string Table, string Key, string Where)
    {
        public (string, string) Counted() => ($"{Table}_counted", $"""
            CREATE TRIGGER {Table}_counted AFTER INSERT ON {Table} WHEN {Row("NEW")} BEGIN
              INSERT INTO index_counts(what, key, n) VALUES ('{What}', NEW.{Key}, 1) ON CONFLICT(what, key) DO UPDATE SET n = n + 1;
            END
            """);

        public (string, string) Uncounted() => ($"{Table}_uncounted", $"""
            CREATE TRIGGER {Table}_uncounted AFTER DELETE ON {Table} WHEN {Row("OLD")} BEGIN
              UPDATE index_counts SET n = n - 1 WHERE what = '{What}' AND key = OLD.{Key};
              DELETE FROM index_counts WHERE what = '{What}' AND key = OLD.{Key} AND n <= 0;
            END
            """);

        public string Fill() =>
            $"INSERT INTO index_counts(what, key, n) SELECT '{What}', {Key}, COUNT(*) FROM {Table} WHERE {Row(Table)} GROUP BY {Key};\n";

        private string Row(string name) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Where, name);
    }

    /// <summary>How note text is cut into terms: by the index, and by the table search snippets are cut from.</summary>
    public const string FtsTokenizer = "porter unicode61 remove_diacritics 2";

    /// <summary>
    /// <c>index_fts</c> keeps no copy of the text (<c>content = ''</c>): the notes on disk are the text, a copy was
    /// a third of the database and of the full build's writes, and search reads the text of the 20 notes it shows
    /// (<see cref="SnippetTable"/>). <c>index_source_fts</c> holds, under a meeting note's id, the words of the
    /// archived source its <c>source_ref</c> names (<c>cairn ask</c> finds a meeting by what was said but never
    /// written down); it is read again when the note changes, since an archived source itself does not.
    /// </summary>
    public const string Create = $$"""
        CREATE TABLE index_notes(
            id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, type TEXT, title TEXT NOT NULL,
            date TEXT, account TEXT, account_key TEXT, frontmatter TEXT NOT NULL, summary TEXT, items TEXT,
            size INTEGER NOT NULL, mtime INTEGER NOT NULL, hash TEXT NOT NULL, tasks_from INTEGER NOT NULL, tasks_to INTEGER NOT NULL);
        CREATE TABLE index_links(note_id INTEGER NOT NULL, target_key TEXT NOT NULL, meeting INTEGER NOT NULL, PRIMARY KEY(note_id, target_key)) WITHOUT ROWID;
        CREATE TABLE index_participants(note_id INTEGER NOT NULL, key TEXT NOT NULL, meeting_date TEXT, PRIMARY KEY(note_id, key)) WITHOUT ROWID;
        CREATE TABLE index_tasks(
            note_id INTEGER NOT NULL, line INTEGER NOT NULL, raw TEXT NOT NULL, is_open INTEGER NOT NULL, owner_key TEXT,
            priority INTEGER NOT NULL, due TEXT, section TEXT, links TEXT NOT NULL, note_kind TEXT NOT NULL);
        CREATE TABLE index_entities(note_id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL, kind TEXT NOT NULL, last_contact TEXT);
        CREATE TABLE index_aliases(note_id INTEGER NOT NULL, alias TEXT NOT NULL, alias_key TEXT NOT NULL);
        CREATE TABLE index_counts(what TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY(what, key)) WITHOUT ROWID;
        CREATE VIRTUAL TABLE index_fts USING fts5(title, body, content = '', contentless_delete = 1, tokenize = '{{FtsTokenizer}}');
        CREATE VIRTUAL TABLE index_source_fts USING fts5(body, content = '', contentless_delete = 1, tokenize = '{{FtsTokenizer}}');
        CREATE TABLE index_schema(version INTEGER NOT NULL);
        CREATE TABLE index_walk(notes INTEGER NOT NULL, digest INTEGER NOT NULL);
        """;
}
