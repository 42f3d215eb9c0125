using System.Globalization;
using System.Text;
using Cairn.Index;

namespace Cairn.Queries;

/// <summary>
/// <c>cairn search</c>: BM25-ranked full-text search over note titles (weighted 10×) and bodies, with a
/// highlighted snippet of the body. User input goes through <see cref="FtsQuery"/>, so it never reaches FTS5 raw.
/// </summary>
public static class SearchQuery
{
    private const double TitleWeight = 10.0;

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

        var ranked = filters.Length == 0
            ? FormattableString.Invariant($"SELECT rowid AS id, bm25(index_fts, {TitleWeight}, 1.0) AS score FROM index_fts WHERE index_fts MATCH $match ORDER BY score LIMIT $limit")
            : FormattableString.Invariant($"SELECT f.rowid AS id, bm25(index_fts, {TitleWeight}, 1.0) AS score FROM index_fts f JOIN index_notes n ON n.id = f.rowid WHERE index_fts MATCH $match{filters} ORDER BY score LIMIT $limit");
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

    private static string? Text(Microsoft.Data.Sqlite.SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    // FTS5 marks hits with control characters no note holds, so the note's own bold can be dropped first and
    // only the hits come out bold; otherwise "**Budget**" around a hit would read as two highlights.
    private static string Highlight(string snippet) =>
        OneLine(snippet.Replace("**", string.Empty, StringComparison.Ordinal))
            .Replace("\u0002", "**", StringComparison.Ordinal)
            .Replace("\u0003", "**", StringComparison.Ordinal);

    private static string OneLine(string text) => string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
