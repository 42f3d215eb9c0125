namespace Cairn.Extraction.Offline;

/// <summary>English function words and conversational filler that carry no topic.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "around", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "done", "down", "during", "each", "either", "else", "even", "ever", "every", "few", "for", "from", "further", "get",
        "gets", "getting", "go", "goes", "going", "gonna", "got", "had", "has", "have", "having", "he", "her", "here", "hers",
        "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "know", "let", "lets", "like", "make",
        "me", "might", "more", "most", "much", "must", "my", "need", "no", "nor", "not", "now", "of", "off", "on", "once", "one",
        "only", "or", "other", "our", "ours", "out", "over", "own", "really", "right", "said", "same", "say", "see", "she",
        "should", "so", "some", "such", "sure", "take", "than", "that", "the", "their", "theirs", "them", "then", "there",
        "these", "they", "thing", "things", "think", "this", "those", "through", "to", "too", "under", "until", "up", "us",
        "very", "want", "was", "way", "we", "well", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "why",
        "will", "with", "would", "yeah", "yep", "yup", "nope", "yes", "yet", "you", "your", "yours", "okay", "ok", "um", "uh", "mm", "hmm", "oh",
        "actually", "basically", "maybe", "probably", "something", "anything", "everything", "lot", "kind", "sort", "mean",
        "good", "great", "thanks", "thank", "hi", "hello", "also", "still", "quite", "pretty", "bit", "stuff", "guess", "look",
        "looks", "though", "i'm", "i'll", "i've", "i'd", "it's", "that's", "there's", "we're", "we'll", "we've", "you're",
        "they're", "don't", "doesn't", "didn't", "can't", "won't", "isn't", "aren't", "wasn't", "let's", "what's", "gonna",
        "wanna", "alright", "anyway", "already", "always", "never", "again", "today", "tomorrow", "week", "day", "time", "next", "last", "month", "year", "morning", "afternoon", "quick", "nice", "one", "two", "thing",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
