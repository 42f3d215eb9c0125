using System.Globalization;

namespace Cairn.Extraction.Offline;

/// <summary>Small spoken numbers ("two", "eleven", "forty") and digits, as integers.</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["thousand"] = 1000, ["couple"] = 2, ["few"] = 3,
    };

    public const string Pattern = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|dozen";

    private static readonly HashSet<string> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    };

    /// <summary>"Two", "forty", "Fourth": a number or ordinal word, which names nothing by itself.</summary>
    public static bool IsNumberWord(string word) => Ordinals.Contains(word) || (Words.ContainsKey(word) && word.Length > 2);

    public static int? Parse(string word) =>
        int.TryParse(word, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : Words.TryGetValue(word, out var w) ? w : null;
}
