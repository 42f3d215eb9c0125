using System.Text.RegularExpressions;
using Cairn.Extraction;
using Cairn.Extraction.Offline;
using Cairn.Index;
using Cairn.Notes;

namespace Cairn.Queries;

/// <summary>
/// Reads a question for <c>cairn ask</c>: its intent (by the shape of the sentence), the known people and companies
/// it names (full names and aliases through <see cref="EntityQuery.Find"/>; a first name when it fits one entity
/// only), the days it is about (<see cref="QuestionDates"/>), and the words left to search for.
/// </summary>
public static partial class QuestionReader
{
    // Question words that say what is asked, not what about: searched for, they match every meeting.
    private static readonly HashSet<string> AskWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "discuss", "discussed", "talk", "talked", "speak", "spoke", "mention", "mentioned", "tell", "told", "happen",
        "happened", "decide", "decided", "decision", "decisions", "owe", "owes", "ask", "asked", "since", "ago", "meet", "met",
        "say", "says", "said", "anyone", "someone", "who's", "whats", "what's", "did", "does", "will", "status", "update", "updates",
        "change", "changed", "changes", "new", "latest", "happening", "recent", "recently", "lately",
    };

    public static AskQuestion Read(VaultIndex index, string text, DateOnly today)
    {
        var (since, until, dateWords) = QuestionDates.Read(text, today);
        var (intent, focus) = Intent(text);
        var tokens = PassageScore.Words(text).Select(m => (m.Value, m.Index)).ToList();
        var dated = dateWords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var used = new bool[tokens.Count];
        var found = new List<(int At, EntityRef Entity)>();
        FindNames(index, tokens, used, dated, found);
        FindFirstNames(index, tokens, used, dated, found);
        var entities = found.OrderBy(f => f.At).Select(f => f.Entity).DistinctBy(e => e.NoteId).ToList();
        var subject = found.Where(f => focus is null || f.At >= focus.Value).OrderBy(f => f.At).Select(f => f.Entity).FirstOrDefault() ?? entities.FirstOrDefault();
        var terms = tokens
            .Where((t, i) => !used[i] && (intent != AskIntent.Decisions || focus is null || t.Index >= focus.Value))
            .Select(t => t.Value.ToLowerInvariant())
            .Where(w => !StopWords.Contains(w) && !AskWords.Contains(w) && !dated.Contains(w) && (w.Length > 1 || char.IsDigit(w[0])))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new AskQuestion(text, intent, intent is AskIntent.Passages or AskIntent.Decisions ? null : subject, entities, terms, since, until);
    }

    private static (AskIntent Intent, int? Focus) Intent(string text)
    {
        (Regex Pattern, AskIntent Intent)[] shapes =
        [
            (WeOwe(), AskIntent.WeOwe),
            (TheyOwe(), AskIntent.TheyOwe),
            (LastContact(), AskIntent.LastContact),
            (Decided(), AskIntent.Decisions),
        ];
        foreach (var (pattern, intent) in shapes)
        {
            var m = pattern.Match(text);
            if (m.Success)
            {
                return (intent, m.Groups["focus"].Index);
            }
        }

        return (AskIntent.Passages, null);
    }

    /// <summary>Full names and aliases, longest first: "Sam O'Neill" before "Sam".</summary>
    private static void FindNames(VaultIndex index, List<(string Value, int Index)> tokens, bool[] used, HashSet<string> dated, List<(int, EntityRef)> found)
    {
        for (var n = Math.Min(4, tokens.Count); n >= 1; n--)
        {
            for (var i = 0; i + n <= tokens.Count; i++)
            {
                var window = tokens.Skip(i).Take(n).Select(t => t.Value).ToList();
                if (used.Skip(i).Take(n).Any(u => u) || window.All(w => StopWords.Contains(w) || AskWords.Contains(w) || dated.Contains(w.ToLowerInvariant()))
                    || (n == 1 && window[0].Length < 3))
                {
                    continue;
                }

                if (EntityQuery.Find(index, string.Join(' ', window)) is { } entity)
                {
                    found.Add((tokens[i].Index, entity));
                    Array.Fill(used, true, i, n);
                }
            }
        }
    }

    /// <summary>A capitalised word that is the first name of exactly one known entity ("Hannah" is Hannah Okafor).</summary>
    private static void FindFirstNames(VaultIndex index, List<(string Value, int Index)> tokens, bool[] used, HashSet<string> dated, List<(int, EntityRef)> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Value;
            if (used[i] || word.Length < 3 || !char.IsUpper(word[0]) || StopWords.Contains(word) || AskWords.Contains(word) || dated.Contains(word.ToLowerInvariant()))
            {
                continue;
            }

            var named = EntitySuggestions.For(index, word, 5)
                .Where(n => PersonName.IsFirstNameOf(word, n))
                .ToList();
            if (named.Count == 1 && EntityQuery.Find(index, named[0]) is { } entity)
            {
                found.Add((tokens[i].Index, entity));
                used[i] = true;
            }
        }
    }

    [GeneratedRegex(@"\b(?:what|which\s+tasks?|anything)\s+(?:do|did|should|must)\s+(?:i|we)\s+(?:still\s+)?owe\s+(?:to\s+)?(?<focus>\S)", RegexOptions.IgnoreCase)]
    private static partial Regex WeOwe();

    [GeneratedRegex(@"\b(?:what|which\s+tasks?|anything)\s+(?:does|do|did|should|must)\s+(?<focus>.+?)\s+(?:still\s+)?owe\s+(?:me|us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheyOwe();

    [GeneratedRegex(@"\bwhen\s+(?:did|have)\s+(?:i|we)\s+last\s+(?:talk|spoke|speak|met|meet|seen|see|hear|heard|talked)\w*\s+(?:to\s+|with\s+|from\s+)?(?<focus>\S)|\blast\s+(?:contact|talked|spoke|met)\s+(?:to\s+|with\s+)?(?<focus>\S)|\bwhen\s+did\s+(?:i|we)\s+(?:talk|speak|meet)\s+(?:to\s+|with\s+)?(?<focus>.+?)\s+last\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastContact();

    [GeneratedRegex(@"\b(?:what\s+(?:did|have|has)\s+(?:we|they|i|\S+)\s+decided?|what\s+(?:was|were|has\s+been)\s+decided|decisions?|when\s+did\s+we\s+decide|what\s+did\s+we\s+agree)\s+(?:about\s+|on\s+|regarding\s+|for\s+|to\s+)?(?<focus>\S)", RegexOptions.IgnoreCase)]
    private static partial Regex Decided();
}
