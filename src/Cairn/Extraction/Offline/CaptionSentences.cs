using System.Text;
using Cairn.Sources;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Sentences of automatic captions (Zoom's, Teams' and Otter's live transcripts): they arrive in lower case with almost
/// no punctuation, and a reader joins one speaker's cues into one turn, so the punctuation splitter would take a whole
/// turn of a hundred words as one sentence and every rule after it would read the wrong unit. Here a turn is cut where
/// spoken English starts a new clause: before a discourse opener ("okay", "so", "yeah"), before a subject that can only
/// be one ("I", "we", "they", "let's"), and before a question to someone ("can you", "Dana can you"), unless the word
/// before binds the two ("I think I'll", "said yes", "so that we"). Each piece gets a capital, a full stop or a
/// question mark, "I" and the participants' names their capitals, so the rules read it as they read written talk.
/// </summary>
internal static class CaptionSentences
{
    /// <summary>Written talk ends a sentence every 10 to 20 words; captions go hundreds without one.</summary>
    private const int WordsPerSentenceEnd = 40;

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "ok", "okay", "alright", "so", "anyway", "yeah", "yep", "yes", "sorry", "right", "also", "well", "thanks",
    };

    /// <summary>Words that are only ever a clause's subject (never an object: that is "me", "us", "them").</summary>
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal)
    {
        "i", "i'll", "i'm", "i've", "i'd", "we", "we'll", "we're", "we've", "we'd", "they", "they'll", "they're", "let's",
        "he", "he'll", "she", "she'll",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "can", "could", "will", "would", "do", "did", "does", "are", "is", "have", "should",
    };

    /// <summary>A word that ties what follows to it: no new sentence starts after it.</summary>
    private static readonly HashSet<string> Binders = new(StringComparer.Ordinal)
    {
        "that", "if", "when", "whether", "because", "cause", "as", "than", "then", "what", "where", "who", "how", "why",
        "which", "until", "till", "before", "after", "once", "unless", "while", "since", "though", "although",
        "think", "thought", "know", "knew", "guess", "hope", "mean", "say", "said", "says", "saying", "tell", "told", "sure",
        "suppose", "reckon", "believe", "feel", "assume", "wish", "maybe", "perhaps", "probably", "and", "or", "but", "so",
        "the", "a", "an", "to", "of", "in", "on", "at", "for", "with", "by", "from", "is", "was", "be", "not", "just",
        "only", "even", "whatever", "whenever", "wherever", "means", "ok", "okay", "yeah", "yes", "um", "uh",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "their", "his", "her",
    };

    /// <summary>Conjunctions that go with the clause they open: the cut moves to before them.</summary>
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "and", "but" };

    /// <summary>Whether the transcript's turns carry almost no sentence ends (captions), judged over the whole source.</summary>
    public static bool AreUnpunctuated(IReadOnlyList<Utterance> utterances)
    {
        // Every transcript passes here, so count in place: a word ends where a space or the text does.
        var words = 0;
        var ends = 0;
        foreach (var u in utterances)
        {
            var text = u.Text.AsSpan();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] != ' ' && (i + 1 == text.Length || text[i + 1] == ' '))
                {
                    words++;
                    ends += text[i] is '.' or '?' or '!' ? 1 : 0;
                }
            }
        }

        return words >= WordsPerSentenceEnd && ends * WordsPerSentenceEnd < words;
    }

    /// <summary>The participants' names as words, lower case to written: "dana" → "Dana".</summary>
    public static IReadOnlyDictionary<string, string> NameWords(IEnumerable<string> names)
    {
        var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in names.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (part.Length >= 3 && char.IsUpper(part[0]))
            {
                words.TryAdd(part, part);
            }
        }

        return words;
    }

    public static IEnumerable<string> Split(string text, IReadOnlyDictionary<string, string> names)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        for (var i = 1; i < words.Length; i++)
        {
            if (!StartsClause(words, i, names))
            {
                continue;
            }

            // "and we'll start" opens a clause, "priya and I will" is one subject: a clause after a conjunction needs
            // a clause of its own before it.
            var conjunction = Conjunctions.Contains(Lower(words[i - 1]));
            if (conjunction && i - 1 - start < 3)
            {
                continue;
            }

            var cut = conjunction ? i - 1 : i;
            if (cut > start)
            {
                yield return Sentence(words[start..cut], names, last: false);
                start = cut;
            }
        }

        if (start < words.Length)
        {
            yield return Sentence(words[start..], names, last: true);
        }
    }

    private static bool StartsClause(string[] words, int i, IReadOnlyDictionary<string, string> names)
    {
        var word = Lower(words[i]);
        var next = i + 1 < words.Length ? Lower(words[i + 1]) : string.Empty;
        var before = Lower(words[i - 1]);
        if (Binders.Contains(before) && !(Conjunctions.Contains(before) && i >= 2 && !Binders.Contains(Lower(words[i - 2]))))
        {
            return false;
        }

        if (Addresses(words, i - 1, names))
        {
            return false;
        }

        // "will do um the electrician is in": a hesitation before a subject or an article is where talk restarts.
        if (word is "um" or "uh" or "er" or "erm")
        {
            return Subjects.Contains(next) || Determiners.Contains(next);
        }

        if (Openers.Contains(word))
        {
            // "so that", "so much", "right now", "well done": the opener is part of the phrase, not a new start.
            return next.Length > 0 && next is not ("that" or "much" or "many" or "far" or "long" or "now" or "here" or "there" or "done" or "as");
        }

        if (Subjects.Contains(word))
        {
            return true;
        }

        // "can you check", "dana can you check": a question put to someone.
        return Asks(word, next) || Addresses(words, i, names);
    }

    private static string Sentence(string[] words, IReadOnlyDictionary<string, string> names, bool last)
    {
        var text = new StringBuilder();
        foreach (var w in words)
        {
            var written = Written(w, names);
            text.Append(text.Length == 0 ? char.ToUpperInvariant(written[0]) + written[1..] : written).Append(' ');
        }

        // "priya can you check" is said to Priya: written talk puts the comma of address there.
        if (Addresses(words, 0, names) && !words[0].EndsWith(','))
        {
            text.Insert(words[0].Length, ',');
        }

        text.Length--;
        if (last && TagAt(words) is var tag and > 0)
        {
            // "so we move handover to the 26th everyone ok": a turn that ends on a tag hands the floor over for
            // a yes; written talk makes it a question.
            text.Insert(text.Length - words[^tag..].Sum(w => w.Length + 1), ',');
            text.Append('?');
        }
        else if (text[^1] is not ('.' or '?' or '!' or ','))
        {
            text.Append(IsQuestion(words, names) ? '?' : '.');
        }
        else if (text[^1] == ',')
        {
            text[^1] = '.';
        }

        return text.ToString();
    }

    /// <summary>"can you…", "dana could you…", "so will we…": an auxiliary before its subject asks.</summary>
    private static bool IsQuestion(string[] words, IReadOnlyDictionary<string, string> names)
    {
        var i = names.ContainsKey(Lower(words[0])) ? 1 : 0;
        i += i < words.Length && Openers.Contains(Lower(words[i])) ? 1 : 0;
        return i + 1 < words.Length && Asks(Lower(words[i]), Lower(words[i + 1]));
    }

    /// <summary>How many words at the end are a tag asking for a yes ("…, ok", "…, everyone ok", "…, agreed"), else 0.</summary>
    private static int TagAt(string[] words)
    {
        if (words.Length < 6 || Lower(words[^1]) is not ("ok" or "okay" or "right" or "agreed"))
        {
            return 0;
        }

        return Lower(words[^2]) is "everyone" or "everybody" or "all" or "guys" ? 2 : Binders.Contains(Lower(words[^2])) ? 0 : 1;
    }

    /// <summary>The word at <paramref name="i"/> is a participant's name, and what follows asks them ("dana can you").</summary>
    private static bool Addresses(string[] words, int i, IReadOnlyDictionary<string, string> names) =>
        i + 2 < words.Length && names.ContainsKey(Lower(words[i])) && Asks(Lower(words[i + 1]), Lower(words[i + 2]));

    private static bool Asks(string word, string next) => Auxiliaries.Contains(word) && next is "you" or "we" or "i" or "they" or "it";

    private static string Written(string word, IReadOnlyDictionary<string, string> names)
    {
        if (word == "i" || word.StartsWith("i'", StringComparison.Ordinal))
        {
            return "I" + word[1..];
        }

        return names.TryGetValue(word, out var name) ? name : word;
    }

    private static string Lower(string word) => word.TrimEnd(',', ';', ':').ToLowerInvariant();
}
