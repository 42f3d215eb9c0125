using System.Text.RegularExpressions;
using Cairn.Notes;
using Cairn.Synthesis;

namespace Cairn.Queries;

/// <summary>
/// Ranks passages for a question: each question word a passage holds counts by how rare it is among the
/// passages read (a word every meeting says counts little), words of the meeting's title count half, a passage
/// spoken by a person the question names counts more, and for a decision question so does a decision. Words
/// match by their stem's opening ("evaluating" is "evaluate", "pilots" is "pilot").
/// </summary>
public static partial class PassageScore
{
    // Passages below this share of the best score are noise next to it.
    private const double Floor = 0.4;

    // How many passages one meeting may give, so that one long transcript does not fill the answer.
    private const int PerMeeting = 3;

    public static IReadOnlyList<AskPassage> Rank(IReadOnlyList<AskPassage> passages, AskQuestion question, int limit)
    {
        var terms = question.Terms;
        var matched = passages.Select(p => (Passage: p, Quote: Matches(Tokens(p.Quote), terms), Title: Matches(Tokens(p.Title), terms))).ToList();
        var df = terms.ToDictionary(t => t, t => matched.Count(m => m.Quote.Contains(t)), StringComparer.Ordinal);
        double Idf(string term) => Math.Log(1 + ((double)matched.Count / Math.Max(1, df[term])));
        var speakers = question.Entities.Select(e => e.Name).Concat(question.Entities.SelectMany(e => e.Aliases)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Nothing to match ("what did we discuss last week"), or nothing matched, in the meetings a name or days narrowed
        // to ("what changed with Fabrikam since March"): each meeting's summary speaks for it.
        // So do the newest meetings' for a question with words but nothing to search for ("What's new?").
        var narrowed = question.Entities.Count > 0 || question.Since is not null || question.Until is not null;
        var general = terms.Count == 0 && question.Text.Any(char.IsLetter);
        var unmatched = general || (narrowed && (terms.Count == 0 || matched.All(m => m.Quote.Count == 0 && m.Title.Count == 0)));
        var scored = matched.Select(m =>
        {
            var score = m.Quote.Sum(Idf) + (0.5 * m.Title.Except(m.Quote).Sum(Idf));
            if (unmatched)
            {
                score = string.Equals(m.Passage.Section, NoteSections.Summary, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            }

            if (score > 0 && m.Passage.Speaker is { } speaker && speakers.Contains(speaker))
            {
                score += 1;
            }

            if (score > 0 && question.Intent == AskIntent.Decisions && IsDecision(m.Passage))
            {
                score += 1;
            }

            return m.Passage with { Score = Math.Round(score, 4) };
        }).Where(p => p.Score > 0).ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Max(p => p.Score);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var perMeeting = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. scored.Where(p => p.Score >= best * Floor)
            .OrderByDescending(p => p.Score).ThenByDescending(p => p.Date, StringComparer.Ordinal).ThenByDescending(p => p.FromSource)
            .Where(p => seen.Add(p.NotePath + "\n" + MeetingItems.Key(p.Quote)) && (perMeeting[p.NotePath] = perMeeting.GetValueOrDefault(p.NotePath) + 1) <= PerMeeting)
            .Take(limit)];
    }

    /// <summary>The passage is a decision: in a Decisions section, or words of deciding or agreeing.</summary>
    public static bool IsDecision(AskPassage passage) =>
        passage.Section is { } section && NoteSections.AllDecisions.Contains(section, StringComparer.OrdinalIgnoreCase) || Decision().IsMatch(passage.Quote);

    /// <summary>The question terms <paramref name="tokens"/> hold.</summary>
    internal static HashSet<string> Matches(IReadOnlyList<string> tokens, IReadOnlyList<string> terms) =>
        terms.Where(t => tokens.Any(w => Same(w, t))).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Two words are the same word when equal, when one is the other's plural by -s or -es ("run" and "runs", "box" and
    /// "boxes": too short for a shared opening; "not" and "notes" are not), or when they share an opening of four letters or more that leaves each
    /// at most three letters more.
    /// </summary>
    internal static bool Same(string a, string b)
    {
        if (a == b || Plural(a, b) || Plural(b, a))
        {
            return true;
        }

        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return common >= 4 && a.Length - common <= 3 && b.Length - common <= 3;
    }

    // -es only after the endings English adds it to: "boxes" is "box", "notes" is not "not".
    private static bool Plural(string word, string plural) =>
        word.Length >= 3 && plural.StartsWith(word, StringComparison.Ordinal) && (plural.Length - word.Length) switch
        {
            1 => plural.EndsWith('s'),
            2 => plural.EndsWith("es", StringComparison.Ordinal) && (word[^1] is 's' or 'x' or 'z' or 'o' || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal)),
            _ => false,
        };

    internal static List<string> Tokens(string text) => [.. Words(text).Select(m => m.Value.ToLowerInvariant())];

    /// <summary>The words of a text (letters and digits, an apostrophe inside a word kept: "O'Neill"), where they are.</summary>
    internal static IEnumerable<Match> Words(string text) => Word().Matches(text);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:decid\w*|agreed|agree|settled on|will go with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Decision();
}
