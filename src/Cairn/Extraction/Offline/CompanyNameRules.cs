using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// When a capitalised word no list knows is a company: it does what companies do ("Contoso runs",
/// "Adatum acquired"), people work at or come from it ("at Contoso", "from Contoso"), it owns things
/// ("Contoso's cluster"), or a meeting title names it. Everything else (sentence openers, departments,
/// meeting words, words said in lower case elsewhere, places: "the Leeds site") stays out: a wrong company is worse than none.
/// </summary>
internal static partial class CompanyNameRules
{
    private static readonly HashSet<string> Common = new(MeetingWords.Kinds, StringComparer.OrdinalIgnoreCase)
    {
        "annual", "team", "teams", "platform", "cloud", "product", "products",
        "engineering", "sales", "marketing", "design", "finance", "legal", "security", "support", "ops", "operations", "infra",
        "infrastructure", "data", "customer", "customers", "partner", "partners", "internal", "all", "hands",
        "review", "planning", "plan", "demo",
        "workshop", "retro", "retrospective", "brainstorm", "interview", "onboarding", "offsite", "strategy", "roadmap", "budget",
        "pricing", "pilot", "proposal", "update", "status", "check", "project", "program", "leadership", "staff", "board", "exec",
        "executive", "management", "hiring", "quick", "catch", "coffee", "lunch", "follow", "new", "storage", "capacity", "account",
        "deal", "renewal", "contract", "research", "analytics", "procurement", "purchasing", "it", "hr", "people", "office",
        "company", "everyone", "everybody", "nobody", "someone", "somebody", "anyone", "anybody", "each", "both", "this", "that",
        "these", "those", "which", "whoever", "he", "she", "they", "we", "you", "management", "manager", "managers", "vendor",
        "vendors", "budget", "finance", "compliance", "audit", "risk", "quality", "testing", "release", "service", "services",
        "network", "networking", "hardware", "software", "procurement", "facilities", "corporate", "global", "regional", "region",
        "welcome", "thanks", "sorry", "great", "good", "sure", "yes", "no", "okay", "right", "well", "so", "and", "but", "also",
        "our", "their", "your", "my", "his", "her", "its", "one", "two", "three", "first", "second", "last", "next", "today",
        "tomorrow", "yesterday", "tonight", "morning", "afternoon", "evening", "week", "month", "year", "checkpoint", "budget",
    };

    /// <summary>Names the sentence puts in a company's place: "X runs", "X acquired", "at X", "from X", "X's".</summary>
    public static IEnumerable<string> Cued(string sentence)
    {
        foreach (Match m in Subject().Matches(sentence))
        {
            yield return m.Groups["name"].Value;
        }

        foreach (Match m in AtOrFrom().Matches(sentence))
        {
            yield return m.Groups["name"].Value;
        }

        foreach (Match m in Possessive().Matches(sentence))
        {
            if (m.Index > 0 || IsCompanyVerbNext(sentence, m.Index + m.Length))
            {
                yield return m.Groups["name"].Value;
            }
        }
    }

    /// <summary>Names a speaker gives as their own company: "Contoso runs …" as the subject, "we at X", "here at X".</summary>
    public static IEnumerable<string> SpokenFor(string sentence)
    {
        foreach (Match m in Subject().Matches(sentence))
        {
            yield return m.Groups["name"].Value;
        }

        foreach (Match m in WeAt().Matches(sentence))
        {
            yield return m.Groups["name"].Value;
        }
    }

    /// <summary>Capitalised words of a title that could be a company ("Fabrikam storage renewal kickoff" → Fabrikam).</summary>
    public static IEnumerable<string> InTitle(string title)
    {
        foreach (Match m in TitleWord().Matches(title))
        {
            yield return m.Value;
            var first = m.Value.Split(' ')[0];
            if (first.Length < m.Value.Length && !NumberWords.IsNumberWord(first))
            {
                yield return first;
            }
        }
    }

    /// <summary>
    /// The name is no person, day, product or common word, and the source never writes it in lower case
    /// ("Security wants" is a team when "security" appears elsewhere).
    /// </summary>
    public static bool IsPlausible(string name, string text, PeopleDirectory people)
    {
        var words = name.Split(' ');

        // A name led by a number word ("Fourth Coffee", "Two Sigma") is a name as written, whatever its other words.
        var numbered = NumberWords.IsNumberWord(words[0]);
        if ((numbered && words.Length == 1)
            || words.Any(w => w.Length < 3 || (Common.Contains(w) && !numbered) || StopWords.Contains(w) || Calendar().IsMatch(w))
            || FirstNames.Contains(words[0]) || people.IsPersonName(name) || people.IsPersonName(words[0])
            || WellKnownCompanies.Products.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        return !words.Any(w => Regex.IsMatch(text, @"(?<![\w.@/-])" + Regex.Escape(w.ToLowerInvariant()) + @"(?![\w@-]|\.\w)"))
            && !IsPlace(name, text);
    }

    /// <summary>
    /// "the Leeds site", "our Bergen plant": a name the source puts before a place noun is where, not who; so is a
    /// country, state or big city named alone ("subjects from Idaho", <see cref="PlaceNames"/>).
    /// </summary>
    public static bool IsPlace(string name, string text)
    {
        if (PlaceNames.Contains(name))
        {
            return true;
        }

        // Each mention in turn: an ordinal search and two fixed patterns, no pattern built per name.
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var before = text.AsSpan(0, at).TrimEnd();
            var word = before[(before.LastIndexOfAny(' ', '\n') + 1)..];
            if (at > 0 && text[at - 1] == ' ' && PlaceNoun().IsMatch(text.AsSpan(at + name.Length)) && PlaceDeterminer().IsMatch(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A one-word spelling of a company: its name with the spaces left out, or its first word ("vantorhealth" in a
    /// domain, "Vantor" in a subject line, for Vantor Health). Such a word names that company, not one of its own.
    /// A domain is written in ASCII, so letters are compared without their accents ("orsted" spells Ørsted).
    /// </summary>
    public static bool Spells(string word, string company)
    {
        var squeezed = Ascii(word.Replace("-", string.Empty, StringComparison.Ordinal));
        var words = Ascii(company).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return squeezed.Equals(string.Concat(words), StringComparison.OrdinalIgnoreCase)
            || (words.Length > 1 && squeezed.Equals(words[0], StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The letters as a domain writes them: accents dropped (é → e), and the letters that have none spelled out (ø → o, æ → ae, ß → ss).</summary>
    private static string Ascii(string text)
    {
        var plain = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.ToLowerInvariant(c) switch { 'ø' => "o", 'æ' => "ae", 'œ' => "oe", 'ß' => "ss", 'ł' => "l", 'đ' => "d", 'þ' => "th", var other => other.ToString() });
            }
        }

        return plain.ToString();
    }

    /// <summary>One word that ends like an English noun or adjective (billing, operations, management): no company by itself; "Northwind Traders" is a name.</summary>
    public static bool IsWordShaped(string name) => !name.Contains(' ', StringComparison.Ordinal) && WordSuffix().IsMatch(name);

    private static bool IsCompanyVerbNext(string sentence, int at) => CompanyVerb().IsMatch(sentence[at..]);

    private const string Verbs = "runs|has|uses|builds|makes|sells|operates|acquired|bought|signed|announced|launched|plans|wants|needs|hired|raised|owns|hosts|ships|employs|invested|chose|selected|is moving|is evaluating|is looking|is planning|is using|is building|is running";

    [GeneratedRegex(@"(?<![\w'-])(?<name>\p{Lu}\p{Ll}[\w&-]*(?: \p{Lu}\p{Ll}[\w&-]*)?)(?= (?:" + Verbs + @")\b)")]
    private static partial Regex Subject();

    [GeneratedRegex(@"(?<=\b(?:at|from) )(?<name>\p{Lu}\p{Ll}[\w&-]*(?: \p{Lu}\p{Ll}[\w&-]*)?)(?!\w)")]
    private static partial Regex AtOrFrom();

    [GeneratedRegex(@"(?<name>\p{Lu}\p{Ll}[\w&-]*)'s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^\s*(?:" + Verbs + @")\b")]
    private static partial Regex CompanyVerb();

    [GeneratedRegex(@"\b(?:we|us|here|everyone|everybody) (?:here )?at (?<name>\p{Lu}\p{Ll}[\w&-]*(?: \p{Lu}\p{Ll}[\w&-]*)?)|\bat (?<name>\p{Lu}\p{Ll}[\w&-]*(?: \p{Lu}\p{Ll}[\w&-]*)?),? we\b")]
    private static partial Regex WeAt();

    [GeneratedRegex(@"^ (?:site|sites|office|offices|campus|plant|plants|factory|warehouse|depot|yard|facility|branch|data ?cent(?:er|re))\b")]
    private static partial Regex PlaceNoun();

    [GeneratedRegex(@"^(?:the|our|their|your|at|in)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDeterminer();

    [GeneratedRegex(@"(?:ing|tion|sion|ment|ness|ity|ance|ence|ship|ical|ology|ics|ure|ive|ous|ful|less|able|ible|ary|ery|ers|als)$", RegexOptions.IgnoreCase)]
    private static partial Regex WordSuffix();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}[\w&-]*(?: \p{Lu}\p{Ll}[\w&-]*)?")]
    private static partial Regex TitleWord();

    // Whole day and month names and their short forms only: "Marine", "Junction", "Decker" begin like a month and are names.
    [GeneratedRegex(@"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex Calendar();

    /// <summary>
    /// A run of capitalised words ending in a company suffix or a word that names what a company is ("Contoso
    /// Robotics", "Fabrikam Inc."): the one company-suffix rule, for sentences and meeting titles alike; the
    /// words are <see cref="CompanyName.SuffixPattern"/>, which also says when two names are one company.
    /// </summary>
    [GeneratedRegex(@"\b\p{Lu}[\w&'-]*(?: \p{Lu}[\w&'-]*)*\s(?:" + CompanyName.SuffixPattern + @")\b\.?")]
    public static partial Regex Suffixed();
}
