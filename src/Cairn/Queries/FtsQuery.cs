using System.Text;

namespace Cairn.Queries;

/// <summary>
/// Turns what a person types into an FTS5 query that cannot be a syntax error: <c>"a phrase"</c> stays a phrase,
/// <c>word*</c> a prefix, everything else is a word; every term is quoted, so FTS operators (<c>AND</c>,
/// <c>NEAR</c>, <c>col:</c>, parentheses) are just words, and characters the tokenizer drops split terms.
/// Terms are ANDed. Returns null when nothing searchable is left (only punctuation or emoji).
/// </summary>
public static class FtsQuery
{
    public static string? From(string input)
    {
        var terms = new List<string>();
        var i = 0;
        while (i < input.Length)
        {
            if (char.IsWhiteSpace(input[i]))
            {
                i++;
                continue;
            }

            if (input[i] == '"')
            {
                var close = input.IndexOf('"', i + 1);
                var end = close < 0 ? input.Length : close;
                AddPhrase(terms, input[(i + 1)..end], prefix: false);
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] != '"')
            {
                i++;
            }

            var word = input[start..i];
            var prefix = word.EndsWith('*') && word.TrimEnd('*').Length > 0;
            AddPhrase(terms, word, prefix);
        }

        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    /// <summary>The words as terms any of which may match (<c>"a" OR "b"</c>); null when none is searchable.</summary>
    public static string? AnyOf(IEnumerable<string> words)
    {
        var terms = new List<string>();
        foreach (var word in words)
        {
            AddPhrase(terms, word, prefix: false);
        }

        return terms.Count == 0 ? null : string.Join(" OR ", terms.Distinct(StringComparer.Ordinal));
    }

    /// <summary>The tokens of <paramref name="text"/> (runs of letters and digits) as one quoted phrase.</summary>
    private static void AddPhrase(List<string> terms, string text, bool prefix)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        if (tokens.Count > 0)
        {
            terms.Add("\"" + string.Join(' ', tokens) + "\"" + (prefix ? "*" : string.Empty));
        }
    }
}
