using System.Globalization;
using System.Text;
using Cairn.Index;
using Microsoft.Data.Sqlite;

namespace Cairn.Queries;

/// <summary>
/// <c>cairn search</c>: BM25-ranked full-text search over note titles (weighted 10×) and bodies, with a
/// highlighted snippet of the body. User input goes through <see cref="FtsQuery"/>, so it never reaches FTS5 raw.
/// </summary>
public static class SearchQuery
{
    private const double TitleWeight = 10.0;

    /// <summary>How many of a query's matches BM25 ranks at most: the newest ones by note id.</summary>
    public const int RankedMatches = 2000;

    public static IReadOnlyList<SearchHit> Run(VaultIndex index, string input, SearchFilter filter)
    {
        if (FtsQuery.From(input) is not { } match)
        {
            return [];
        }

        // Rank first (rowid and score only), then join and cut snippets for the few rows kept: SQLite would
        // otherwise compute every result column, snippet included, for every matching note before sorting.
        using var command = index.Connection.CreateCommand();
        var filters = new StringBuilder();
        command.Parameters.AddWithValue("$match", match);
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

        var from = filters.Length == 0 ? "index_fts f" : "index_fts f JOIN index_notes n ON n.id = f.rowid";
        command.Parameters.AddWithValue("$floor", Floor(index, from, filters.ToString(), command.Parameters));
        var ranked = FormattableString.Invariant(
            $"SELECT f.rowid AS id, bm25(index_fts, {TitleWeight}, 1.0) AS score FROM {from} WHERE index_fts MATCH $match{filters} AND f.rowid >= $floor ORDER BY score LIMIT $limit");
        command.CommandText = $"""
            SELECT n.path, n.title, n.type, n.date, n.account, snippet(index_fts, 1, char(2), char(3), '…', 16), top.score
            FROM ({ranked}) top CROSS JOIN index_fts ON index_fts.rowid = top.id JOIN index_notes n ON n.id = top.id
            WHERE index_fts MATCH $match ORDER BY top.score
            """;
        command.Parameters.AddWithValue("$limit", Math.Max(1, filter.Limit));
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new SearchHit(
                reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4),
                Highlight(reader.IsDBNull(5) ? string.Empty : reader.GetString(5)), reader.GetDouble(6)));
        }

        return hits;
    }

    /// <summary>
    /// The lowest note id BM25 ranks. Scoring costs a position-list walk per match, and a common word matches
    /// most of a big vault (35,000 of 52,000 notes: 25 ms), while listing matches by id is nearly free. So past
    /// <see cref="RankedMatches"/> matches only the most recently written notes (ids grow as notes are written,
    /// and a full build takes them oldest first) are ranked: "where did we discuss Y" means lately.
    /// </summary>
    private static long Floor(VaultIndex index, string from, string filters, SqliteParameterCollection parameters)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = $"SELECT f.rowid FROM {from} WHERE index_fts MATCH $match{filters} ORDER BY f.rowid DESC LIMIT 1 OFFSET $cap";
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
}
