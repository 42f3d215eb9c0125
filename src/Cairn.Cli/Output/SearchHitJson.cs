using System.Globalization;
using Cairn.Index;

namespace Cairn.Cli.Output;

/// <summary>One hit of <c>cairn search --json</c>: the note, its relevance (higher is better) and a snippet with the matches in <c>**bold**</c>.</summary>
internal sealed record SearchHitJson(string Path, string Title, string? Type, string? Date, string? Account, double Score, string Snippet)
{
    public static SearchHitJson From(SearchHit h) => new(h.Path, h.Title, h.Type, h.Date, h.Account, Relevance(h.Score), h.Snippet);

    /// <summary>
    /// FTS5's bm25 negated, so higher is better, to six significant digits. Not rounded to decimals: a word in
    /// most notes of a small vault has an IDF near zero (FTS5 floors it at 1e-6), and every score printed as -0.
    /// </summary>
    internal static double Relevance(double bm25) =>
        bm25 == 0 ? 0 : double.Parse((-bm25).ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
