namespace Cairn.Extraction.Offline;

/// <summary>Just enough English verb morphology to turn "working" or "sends" into "work" and "send".</summary>
internal static class Verbs
{
    /// <summary>
    /// Verbs that name work when a sentence opens with them ("build the ROI model", "send the deck"), and split a list
    /// of commitments ("book the room, draft the agenda, and ping legal"). Meeting talk ("look", "go", "see") is not here.
    /// </summary>
    internal const string WorkVerbPhrases =
        "send|book|draft|ping|email|call|schedule|set|write|update|review|share|prepare|check|fix|build|create|file|sign|" +
        "run|test|rotate|add|remove|clean|arrange|own|order|follow|finish|deploy|ship|plan|organize|organise|confirm|" +
        "circulate|invite|loop|reach|contact|submit|upload|post|publish|migrate|audit|document|summarize|summarise|sketch|" +
        "mock|map|pull|compile|collect|gather|renew|buy|pay|approve|hire|interview|train|chase|escalate|investigate|" +
        "debug|patch|refactor|merge|release|install|configure|reserve|print|tidy|rerun|benchmark|" +
        "work|design|define|outline|estimate|price|quote|negotiate|reply|respond|forward|notify|remind|inform|brief";

    private static readonly HashSet<string> WorkVerbs = new(WorkVerbPhrases.Split('|', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the word is a work verb in its base form ("send", not "sends" or "sending").</summary>
    public static bool IsWorkVerb(string word) => WorkVerbs.Contains(word);

    private static readonly HashSet<string> TakesE = new(StringComparer.OrdinalIgnoreCase)
    {
        "mak", "tak", "writ", "prepar", "shar", "updat", "creat", "schedul", "us", "hav", "giv", "driv", "organiz", "organis",
        "finaliz", "finalis", "analyz", "analys", "com", "mov", "provid", "decid", "produc", "compil", "sourc", "pric", "circulat",
        "coordinat", "evaluat", "investigat", "determin", "explor", "assembl", "configur", "involv", "receiv", "revis", "releas",
        "clos", "resolv", "complet", "generat", "integrat", "validat", "negotiat", "servic", "scop", "shap", "tim", "stag",
        "merg", "purchas", "cod", "automat", "migrat", "estimat", "calculat", "consolidat", "draf", "figur", "introduc", "fil",
        "outlin", "prototyp", "rat", "rank", "sav", "secur", "serv", "stor", "survey", "typ", "upgrad", "wir",
    };

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["running"] = "run", ["getting"] = "get", ["putting"] = "put", ["setting"] = "set", ["sitting"] = "sit",
        ["planning"] = "plan", ["shipping"] = "ship", ["mapping"] = "map", ["dropping"] = "drop", ["cutting"] = "cut",
        ["does"] = "do", ["goes"] = "go", ["went"] = "go", ["has"] = "have", ["is"] = "be", ["are"] = "be", ["was"] = "be",
    };

    public static string Base(string word)
    {
        var w = word.Trim().TrimEnd(',', '.', ';', ':');
        if (Irregular.TryGetValue(w, out var irregular))
        {
            return irregular;
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            var stem = w[..^3];
            return TakesE.Contains(stem) ? stem + "e" : stem;
        }

        return w;
    }

    public static bool IsGerund(string word) => word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !word.Equals("everything", StringComparison.OrdinalIgnoreCase) && !word.Equals("something", StringComparison.OrdinalIgnoreCase) && !word.Equals("anything", StringComparison.OrdinalIgnoreCase);
}
