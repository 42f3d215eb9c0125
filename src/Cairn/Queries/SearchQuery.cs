using Cairn.Index;

namespace Cairn.Queries;

/// <summary>
/// <c>cairn search</c>: BM25-ranked full-text search over note titles (weighted 10×) and bodies, with a
/// highlighted snippet of the body (<see cref="SearchReads"/>). User input goes through <see cref="FtsQuery"/>,
/// so it never reaches FTS5 raw.
/// </summary>
public static class SearchQuery
{
    public static IReadOnlyList<SearchHit> Run(VaultIndex index, string input, SearchFilter filter)
    {
        if (FtsQuery.From(input) is not { } match)
        {
            return [];
        }

        // Rank first (rowid and score only), then cut snippets and read the notes for the few rows kept: SQLite
        // would otherwise compute every result column, snippet included, for every matching note before sorting.
        var ranked = SearchReads.Rank(index, match, filter);
        if (ranked.Count == 0)
        {
            return [];
        }

        var notes = SearchReads.Notes(index, ranked.Select(r => r.Id));
        var snippets = SearchReads.Snippets(index, match, notes);
        return [.. ranked.Where(r => notes.ContainsKey(r.Id)).Select(r => notes[r.Id] with { Snippet = snippets.GetValueOrDefault(r.Id, string.Empty), Score = r.Score })];
    }

    /// <summary>
    /// The notes matching any of <paramref name="words"/>, best first, without snippets: what <c>cairn ask</c>
    /// reads its passages from (a question's words are rarely all in one note).
    /// </summary>
    public static IReadOnlyList<SearchHit> AnyOf(VaultIndex index, IEnumerable<string> words, SearchFilter filter) =>
        AnyOf(index, words, filter, sources: false);

    /// <summary>
    /// The meetings whose archived source says any of <paramref name="words"/>, best first, as hits of their notes:
    /// where <c>cairn ask</c> finds what was said in a meeting and never made it into its note.
    /// </summary>
    public static IReadOnlyList<SearchHit> SourcesAnyOf(VaultIndex index, IEnumerable<string> words, SearchFilter filter) =>
        AnyOf(index, words, filter, sources: true);

    private static List<SearchHit> AnyOf(VaultIndex index, IEnumerable<string> words, SearchFilter filter, bool sources)
    {
        if (FtsQuery.AnyOf(words) is not { } match)
        {
            return [];
        }

        var ranked = SearchReads.Rank(index, match, filter, sources);
        var notes = ranked.Count == 0 ? [] : SearchReads.Notes(index, ranked.Select(r => r.Id));
        return [.. ranked.Where(r => notes.ContainsKey(r.Id)).Select(r => notes[r.Id] with { Score = r.Score })];
    }
}
