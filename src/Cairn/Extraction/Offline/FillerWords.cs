using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>Removes spoken filler (um, uh, you know, basically, just...) so extracted text reads as written.</summary>
internal static partial class FillerWords
{
    /// <summary>Every literal a <see cref="Phrases"/> match must contain; keep in step with that pattern.</summary>
    private static readonly SearchValues<string> PhraseWords = SearchValues.Create(
        ["you know", "i mean", "basically", "actually", "literally", "kind of", "sort of", "just", "really", "definitely", "obviously", "like"],
        StringComparison.OrdinalIgnoreCase);

    public static string Remove(string text)
    {
        var s = RemoveWords(text);
        s = LooseComma().Replace(s, ",");
        s = DoubleComma().Replace(s, ",");
        s = Spaces().Replace(s, " ").Trim();
        s = LeadingPunctuation().Replace(s, string.Empty);
        return s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }

    /// <summary>
    /// The filler words alone, with the commas and spaces they leave behind: enough for a comparison that ignores
    /// punctuation and spacing anyway (<c>QuoteIndex</c>), which then skips the tidying passes.
    /// </summary>
    public static string RemoveWords(string text)
    {
        var s = Hesitation().Replace(text, " ");
        s = MayHavePhrase(s) ? Phrases().Replace(s, " ") : s;
        return RemoveStutter(s);
    }

    /// <summary>
    /// <see cref="Phrases"/> may start a match at any comma or space, so the engine tries it at nearly every
    /// position: most of the filler pass. One vectorised search for its words first skips the many sentences
    /// holding none. Regex IgnoreCase also folds a few non-ASCII letters into ASCII ones (the Kelvin sign is a
    /// k), so text that is not pure ASCII always goes to the regex.
    /// </summary>
    private static bool MayHavePhrase(string s) => !Ascii.IsValid(s) || s.AsSpan().ContainsAny(PhraseWords);

    /// <summary>"the the plan" → "the plan": a word said twice in a row is said once.</summary>
    private static string RemoveStutter(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        foreach (var w in words)
        {
            if (kept.Count == 0 || !kept[^1].Equals(w, StringComparison.OrdinalIgnoreCase) || !char.IsLetter(w[^1]))
            {
                kept.Add(w);
            }
        }

        return kept.Count == words.Length ? s : string.Join(' ', kept);
    }

    /// <summary>Drops openers that carry no content ("Okay.", "So,", "Yeah, well") from the start of a clause.</summary>
    public static string TrimOpeners(string text)
    {
        var s = text;
        for (var i = 0; i < 4; i++)
        {
            var next = Opener().Replace(s, string.Empty);
            if (next == s)
            {
                break;
            }

            s = next;
        }

        return s;
    }

    [GeneratedRegex(@"(?<![\w'])(?:u+m+|u+h+m*|e+r+m+|e+r+|hmm+|mm-?hmm|ah+)(?![\w'])[,.]?", RegexOptions.IgnoreCase)]
    private static partial Regex Hesitation();

    [GeneratedRegex(@",?\s*\b(?:you know|i mean|basically|actually|literally|kind of|sort of|just|really|definitely|obviously)\b,?|,\s*like,|(?<=^|,\s)like,?\s", RegexOptions.IgnoreCase)]
    private static partial Regex Phrases();


    [GeneratedRegex(@"\s+,")]
    private static partial Regex LooseComma();

    [GeneratedRegex(@",(?:\s*,)+")]
    private static partial Regex DoubleComma();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[\s,.;:-]+")]
    private static partial Regex LeadingPunctuation();

    [GeneratedRegex(@"^(?:ok(?:ay)?|oh|so|well|yeah|yes|yep|right|alright|all right|great|good|sure|perfect|cool|fine|and|but|also|then|now|anyway|understood|got it|sounds good)\b[\s,.!:;-]*", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();
}
