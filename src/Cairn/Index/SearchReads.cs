using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Cairn.Index;

/// <summary>
/// The index's full-text reads: BM25 ranking over note titles (weighted 10×) and bodies with
/// <see cref="SearchFilter"/>'s filters, the ranked notes' rows, and a highlighted snippet of each body. The
/// FTS5 match expression comes made (Queries' <c>FtsQuery</c>), so user input never reaches FTS5 raw.
/// </summary>
public static class SearchReads
{
    private const double TitleWeight = 10.0;

    /// <summary>How many of a query's matches BM25 ranks at most: the newest ones by note id.</summary>
    public const int RankedMatches = 1000;

    // The full-text tables: the notes' titles (weighted) and bodies, and the archived sources' words under their meeting's id.
    private static readonly FtsTable NoteFts = new("index_fts", FormattableString.Invariant($"bm25(index_fts, {TitleWeight}, 1.0)"));
    private static readonly FtsTable SourceFts = new("index_source_fts", "bm25(index_source_fts)");

    /// <summary>
    /// The notes matching <paramref name="match"/> that pass the filter, best first, at most <see cref="SearchFilter.Limit"/>;
    /// with <paramref name="sources"/>, the meeting notes whose archived source matches (<c>index_source_fts</c>).
    /// </summary>
    public static List<(long Id, double Score)> Rank(VaultIndex index, string match, SearchFilter filter, bool sources = false)
    {
        var fts = sources ? SourceFts : NoteFts;
        using var command = index.Connection.CreateCommand();
        command.Parameters.AddWithValue("$match", match);
        var filters = Filters(command, filter);
        var from = filters.Length == 0 ? $"{fts.Name} f" : fts.Joined;
        command.Parameters.AddWithValue("$floor", Floor(index, fts, from, filters, command.Parameters));
        command.Parameters.AddWithValue("$limit", Math.Max(1, filter.Limit));
        command.CommandText = $"SELECT f.rowid, {fts.Score} AS score FROM {from} WHERE {fts.Name} MATCH $match{filters} AND f.rowid >= $floor ORDER BY score LIMIT $limit";
        var ranked = new List<(long, double)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }

        return ranked;
    }

    /// <summary>
    /// The lines of <paramref name="sections"/> in the meeting notes matching <paramref name="match"/> that pass the
    /// filter's account and days, newest meeting first, each meeting's lines in order: "what did we decide about Y"
    /// reads every Decisions line of the meetings that say Y. As <see cref="Rank"/>, only the most recently written
    /// <see cref="RankedMatches"/> matching notes are read; no score is computed. The match goes first (CROSS JOIN):
    /// left to choose, SQLite walked every meeting newest first and probed the match for each (1.5 s).
    /// </summary>
    public static IReadOnlyList<(SearchHit Note, NoteItem Item)> MeetingItems(VaultIndex index, string match, SearchFilter filter, params string[] sections)
    {
        using var command = index.Connection.CreateCommand();
        command.Parameters.AddWithValue("$match", match);
        var filters = Filters(command, filter with { Type = null });
        command.Parameters.AddWithValue("$floor", Floor(index, NoteFts, NoteFts.Joined, filters, command.Parameters));
        command.Parameters.AddWithValue("$sections", JsonList.Of(sections));
        command.CommandText = $"""
            SELECT n.path, n.title, n.type, n.date, n.account, i.value ->> 0, i.value ->> 1, i.value ->> 2
            FROM (SELECT rowid AS id FROM index_fts WHERE index_fts MATCH $match AND rowid >= $floor) f
              CROSS JOIN index_notes n ON n.id = f.id CROSS JOIN json_each(n.items) i
            WHERE n.kind = '{nameof(NoteKind.Meeting)}'{filters} AND i.value ->> 0 IN (SELECT value FROM json_each($sections))
            ORDER BY n.date DESC, n.path, i.value ->> 1
            """;
        var rows = new List<(SearchHit, NoteItem)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var note = new SearchHit(reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), string.Empty, 0);
            rows.Add((note, new NoteItem(reader.GetString(5), reader.GetInt32(6), reader.GetString(7))));
        }

        return rows;
    }

    /// <summary>The filter's conditions on <c>index_notes n</c>, their parameters bound on <paramref name="command"/>.</summary>
    private static string Filters(SqliteCommand command, SearchFilter filter)
    {
        var filters = new StringBuilder();
        if (filter.Type is { } type)
        {
            filters.Append(" AND (lower(n.type) = $type OR lower(n.kind) = $type)");
            command.Parameters.AddWithValue("$type", type.Trim().ToLowerInvariant());
        }

        if (filter.Account is { } account)
        {
            filters.Append(" AND n.account_key = $account");
            command.Parameters.AddWithValue("$account", account.Trim().ToLowerInvariant());
        }

        if (filter.Since is { } since)
        {
            filters.Append(" AND n.date >= $since");
            command.Parameters.AddWithValue("$since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (filter.Until is { } until)
        {
            filters.Append(" AND n.date <= $until");
            command.Parameters.AddWithValue("$until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return filters.ToString();
    }

    /// <summary>
    /// Snippets of the notes shown. The index keeps no copy of the text, so their text is read from the notes
    /// (what a refresh just indexed) into a small table with the index's tokenizer, and FTS5 cuts the snippets
    /// there with the same query: the highlights are the terms that matched.
    /// </summary>
    public static Dictionary<long, string> Snippets(VaultIndex index, string match, Dictionary<long, SearchHit> notes)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = IndexSchema.SnippetTable;
        command.ExecuteNonQuery();
        // One transaction: FTS5 writes a segment at every commit, and 20 of them cost more than the inserts (4.3 -> 1.9 ms).
        // Deferred, so it only ever locks the temp database: a search must not hold the vault's write lock.
        using var transaction = index.Connection.BeginTransaction(deferred: true);
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM temp.search_snippets";
        command.ExecuteNonQuery();
        command.CommandText = "INSERT INTO temp.search_snippets(rowid, title, body) VALUES ($id, $title, $body)";
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        var title = command.Parameters.Add("$title", SqliteType.Text);
        var body = command.Parameters.Add("$body", SqliteType.Text);
        foreach (var (noteId, hit) in notes)
        {
            id.Value = noteId;
            title.Value = hit.Title;
            body.Value = index.ReadBody(hit.Path) ?? string.Empty;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        command.Transaction = null;
        command.Parameters.Clear();
        command.CommandText = "SELECT rowid, snippet(search_snippets, 1, char(2), char(3), '…', 16) FROM temp.search_snippets WHERE search_snippets MATCH $match";
        command.Parameters.AddWithValue("$match", match);
        var snippets = new Dictionary<long, string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            snippets[reader.GetInt64(0)] = Highlight(reader.IsDBNull(1) ? string.Empty : reader.GetString(1));
        }

        return snippets;
    }

    /// <summary>The notes of these ids as hits without a snippet or score, by id.</summary>
    public static Dictionary<long, SearchHit> Notes(VaultIndex index, IEnumerable<long> ids)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT id, path, title, type, date, account FROM index_notes WHERE id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", JsonList.Of(ids));
        var notes = new Dictionary<long, SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            notes[reader.GetInt64(0)] = new SearchHit(reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5), string.Empty, 0);
        }

        return notes;
    }

    /// <summary>
    /// The lowest note id BM25 ranks. Scoring costs a position-list walk per match, and a common word matches
    /// most of a big vault (35,000 of 52,000 notes: 25 ms), while listing matches by id is nearly free. So past
    /// <see cref="RankedMatches"/> matches only the most recently written notes (ids grow as notes are written,
    /// and a full build takes them oldest first) are ranked: "where did we discuss Y" means lately.
    /// </summary>
    private static long Floor(VaultIndex index, FtsTable fts, string from, string filters, SqliteParameterCollection parameters)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"SELECT f.rowid FROM {from} WHERE {fts.Name} MATCH $match{filters} ORDER BY f.rowid DESC LIMIT 1 OFFSET $cap";
        foreach (SqliteParameter parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter.ParameterName, parameter.Value);
        }

        command.Parameters.AddWithValue("$cap", RankedMatches - 1);
        return command.ExecuteScalar() is long floor ? floor : 0;
    }

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    // FTS5 marks hits with control characters no note holds, so the note's own bold can be dropped first and
    // only the hits come out bold; otherwise "**Budget**" around a hit would read as two highlights.
    private static string Highlight(string snippet) =>
        OneLine(snippet.Replace("**", string.Empty, StringComparison.Ordinal))
            .Replace("\u0002", "**", StringComparison.Ordinal)
            .Replace("\u0003", "**", StringComparison.Ordinal);

    private static string OneLine(string text) => string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private sealed record FtsTable(string Name, string Score)
    {
        /// <summary>The table as <c>f</c> with its notes as <c>n</c>, for filters on the notes.</summary>
        public string Joined => $"{Name} f JOIN index_notes n ON n.id = f.rowid";
    }
}
