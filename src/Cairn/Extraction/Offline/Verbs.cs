namespace Cairn.Extraction.Offline;

/// <summary>Just enough English verb morphology to turn "working" or "sends" into "work" and "send".</summary>
internal static class Verbs
{
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
        ["does"] = "do", ["goes"] = "go", ["has"] = "have", ["is"] = "be", ["are"] = "be", ["was"] = "be",
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
