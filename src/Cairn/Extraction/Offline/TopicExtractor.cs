using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// A few key phrases: runs of one to three content words that recur, two-word phrases preferred. The title counts
/// as one more sentence (it says what the meeting was about). Names are not topics: people, the entities found
/// and every name the vault knows are left out. A single word counts only where it is said on its own at least
/// once, in the title, or always first in its phrases ("security review", "security questionnaire": security is
/// the subject); "list" heard only in "region list" and "list price" is none. A word said
/// capitalised inside a sentence keeps its capital ("Frankfurt"); one capitalised only as a sentence's first is folded.
/// Words that only name a kind of meeting ("call", "intro call") are no subject (<see cref="MeetingWords"/>), nor
/// amounts and units of time ("three weeks", "minutes"), nor on its own a word that says who or how ("team", "share").
/// </summary>
internal static partial class TopicExtractor
{
    // Said alone these name no subject, only who, how or when ("the team", "I'll share it", "on Thursday"); inside a
    // phrase they may ("platform team", "share migration"), so they are kept there.
    private static readonly HashSet<string> NoSubjectAlone = new(StringComparer.OrdinalIgnoreCase)
    {
        "team", "teams", "share", "sharing", "people", "person", "guys", "folks", "everyone", "everybody", "group",
        "question", "questions", "answer", "point", "points", "idea", "ideas", "part", "side", "place", "end", "update",
        "updates", "note", "notes", "work", "help", "issue", "issues", "problem", "problems", "number", "numbers", "item",
        "items", "topic", "topics", "option", "options", "details", "detail", "info", "information", "feedback", "change",
        "changes", "step", "steps", "level", "case", "reason", "chance", "email", "emails", "list", "plan", "plans", "status",
        "version", "result", "results", "process", "company", "business",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
        "thursdays", "fridays",
    };

    public static IReadOnlyList<string> Topics(IReadOnlyList<string> cleaned, IEnumerable<string> excluded, int max = 5, string? title = null)
    {
        var skip = new HashSet<string>(excluded.SelectMany(e => e.Split(' ')), StringComparer.OrdinalIgnoreCase);
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var alone = new HashSet<string>(StringComparer.Ordinal);
        var inner = new HashSet<string>(StringComparer.Ordinal);
        var proper = new Dictionary<string, string>(StringComparer.Ordinal);
        var isContent = new Dictionary<string, bool>(StringComparer.Ordinal);
        var order = 0;
        var sentences = title is { Length: > 0 } ? cleaned.Prepend(title) : cleaned;
        foreach (var (sentence, index) in sentences.Select((s, i) => (s, i)))
        {
            foreach (var run in Runs(sentence, skip, isContent, proper))
            {
                if (run.Count == 1 || (index == 0 && title is { Length: > 0 }))
                {
                    alone.UnionWith(run);
                }

                inner.UnionWith(run.Skip(1));

                for (var len = 1; len <= 3; len++)
                {
                    for (var i = 0; i + len <= run.Count; i++)
                    {
                        var phrase = len == 1 ? run[i] : string.Join(' ', CollectionsMarshal.AsSpan(run).Slice(i, len));
                        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, phrase, out var seen);
                        slot = seen ? (slot.Count + 1, slot.First) : (1, order);
                        order++;
                    }
                }
            }
        }

        var ranked = counts
            .Where(kv => kv.Value.Count >= 2 && (kv.Key.Contains(' ') || ((alone.Contains(kv.Key) || !inner.Contains(kv.Key)) && !NoSubjectAlone.Contains(kv.Key))) && !MeetingWords.OnlyKinds(kv.Key))
            .Select(kv => (Phrase: kv.Key, Score: kv.Value.Count * (kv.Key.Contains(' ') ? 2.5 : 1.0), kv.Value.First))
            .OrderByDescending(x => x.Score).ThenBy(x => x.First);
        var topics = new List<string>();
        foreach (var (phrase, _, _) in ranked)
        {
            if (topics.Count >= max)
            {
                break;
            }

            // Capitals only where every word was said capitalised ("Young People"), never a mix ("mental Health").
            var words = phrase.Split(' ');
            var shown = words.All(proper.ContainsKey) ? string.Join(' ', words.Select(w => proper[w])) : phrase;
            if (topics.Any(t => t.Contains(shown, StringComparison.OrdinalIgnoreCase) || shown.Contains(t, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            topics.Add(shown);
        }

        return topics;
    }

    /// <summary>
    /// Runs of content words. Whether a word is content depends only on its lower-case form (the pattern is
    /// ASCII and every list compares ignoring case), so the answer is remembered per word for the whole call:
    /// a long meeting says the same few hundred words thousands of times.
    /// </summary>
    private static List<List<string>> Runs(string sentence, HashSet<string> skip, Dictionary<string, bool> isContent, Dictionary<string, string> proper)
    {
        var runs = new List<List<string>>();
        var run = new List<string>();
        var first = true;
        foreach (var m in Word().EnumerateMatches(sentence))
        {
            var w = sentence.Substring(m.Index, m.Length);
            var lower = w.ToLowerInvariant();
            var opening = first || SentenceStart(sentence, m.Index);
            first = false;
            if (!isContent.TryGetValue(lower, out var content))
            {
                content = IsContent(lower, skip);
                isContent[lower] = content;
            }

            if (content)
            {
                var capitalised = IsCapitalised(w);
                if (capitalised && !opening)
                {
                    proper.TryAdd(lower, w);
                }

                run.Add(capitalised ? lower : w);
                continue;
            }

            if (run.Count > 0)
            {
                runs.Add(run);
                run = [];
            }
        }

        if (run.Count > 0)
        {
            runs.Add(run);
        }

        return runs;
    }

    /// <summary>Whether a word opens a sentence inside the text ("... today. Frankfurt ..."): its capital says nothing.</summary>
    private static bool SentenceStart(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '-' or '•' or '"';
    }

    private static bool IsContent(string lower, HashSet<string> skip) =>
        lower.Length > 2 && !StopWords.Contains(lower) && !skip.Contains(lower) && !Verbish().IsMatch(lower) && !FirstNames.Contains(lower)
        && !NumberWords.IsNumberWord(lower) && !Measure().IsMatch(lower);

    /// <summary>"Budget" but not "API" or "iPhone": only a plain capitalised word is folded to lower case.</summary>
    private static bool IsCapitalised(string w)
    {
        if (!char.IsUpper(w[0]))
        {
            return false;
        }

        for (var i = 1; i < w.Length; i++)
        {
            if (!char.IsLower(w[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "eleven minutes", "three weeks": amounts and units of time say how much, not what about.
    [GeneratedRegex(@"^(?:seconds?|minutes?|hours?|days|weeks|months|years|percent|times)$")]
    private static partial Regex Measure();

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'-]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:ed|ly|'s|n't|'ll|'re|'ve|'d)$|^(?:send|sends|put|give|fix|wants?|needs?|takes?|makes?|runs?|comes?|says?|told|tell|thinks?|feel|hear|agree|agreed|decided|asked|start|started|talk|talking|meet|join|joining|loop|thanks|yes|sounds|works|doing|having|being|using|sit|seems?|let|lets|gets?|goes|went|keep|try|trying)$")]
    private static partial Regex Verbish();
}
