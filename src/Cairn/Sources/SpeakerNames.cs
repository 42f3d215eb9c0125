using System.Net;
using System.Text.RegularExpressions;

namespace Cairn.Sources;

/// <summary>
/// What counts as a speaker label. Transcripts put a name before a colon; so does prose ("Note: ..."),
/// so a label must look like a name: short, a few words, starting with a letter, not a known header key.
/// </summary>
internal static partial class SpeakerNames
{
    public const string Unknown = "Unknown Speaker";

    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "note", "notes", "nb", "ps", "re", "fw", "fwd", "subject", "date", "time", "title", "topic", "location", "where", "when",
        "agenda", "meeting", "transcript", "participants", "attendees", "attendee", "present", "speakers", "organizer", "duration",
        "http", "https", "mailto", "action", "action item", "action items", "decision", "decisions", "todo", "to do", "summary",
        "next steps", "update", "question", "answer", "q", "a", "warning", "error", "example", "tip", "important",
    };

    // What follows a comma in a name that is not a given name: "Lee, Jr.", "Acme, Inc.".
    private static readonly HashSet<string> NameSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "inc", "ltd", "llc", "gmbh", "corp", "co", "plc", "ag", "sa",
    };

    /// <summary>True when the text could be a speaker's name or a diarisation label.</summary>
    public static bool IsPlausible(string candidate)
    {
        var name = WithoutAffiliation(candidate.Trim());
        if (name.Length is 0 or > 60 || !char.IsLetter(name[0]) || NotSpeakers.Contains(name))
        {
            return false;
        }

        var words = 1;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (c is ':' or '!' or '?' or ';' or '"' or '{' or '}' or '<' or '>' or '=' or '/' or '\\' or '|' or '\t')
            {
                return false;
            }
        }

        return words <= 6;
    }

    /// <summary>
    /// The label as the person's name: entities decoded (<c>Far&amp;#237;as</c>), spaces collapsed, and what says where
    /// they are from or how to address them dropped. "Mireille Okonkwo (Vantor Health)", "Ana Ruiz (She/Her)",
    /// "Mr. Brad Vis (Mission, CPC)" and a later "Mr. Brad Vis" are one person each, not two.
    /// </summary>
    public static string Clean(string raw)
    {
        var decoded = raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw;
        var label = string.Join(' ', decoded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Honorific().Replace(WithoutAffiliation(label), string.Empty);
    }

    /// <summary>
    /// The label without a closing parenthesis group ("(Contoso)", "(External)", "(Host)", "(Edmonton Strathcona, NDP)",
    /// nested ones too); a label that is nothing but a parenthesis stays as it is.
    /// </summary>
    private static string WithoutAffiliation(string label)
    {
        if (!label.EndsWith(')'))
        {
            return label;
        }

        var depth = 0;
        for (var i = label.Length - 1; i >= 0; i--)
        {
            depth += label[i] switch { ')' => 1, '(' => -1, _ => 0 };
            if (depth == 0)
            {
                var rest = label[..i].TrimEnd();
                return rest.Any(char.IsLetter) ? rest : label;
            }
        }

        return label;
    }

    /// <summary>
    /// A name written family name first, as company directories list people ("Tanaka, Hiroshi", "van Dijk, Anna
    /// Maria"), in the order it is said: "Hiroshi Tanaka". One comma between names of at most three words; a
    /// suffix after the comma ("Lee, Jr.", "Acme, Inc.") or anything else leaves the name as written.
    /// </summary>
    public static string GivenNameFirst(string name)
    {
        var comma = name.IndexOf(',');
        if (comma <= 0 || name.IndexOf(',', comma + 1) >= 0)
        {
            return name;
        }

        var family = name[..comma].Trim();
        var given = name[(comma + 1)..].Trim();
        return IsNameWords(family) && IsNameWords(given) && !NameSuffixes.Contains(given.TrimEnd('.')) ? $"{given} {family}" : name;
    }

    private static bool IsNameWords(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && words.Any(w => char.IsUpper(w[0])) && words.All(w => w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'));
    }

    /// <summary>Labels that name nobody: they stay on utterances but are not participants.</summary>
    public static bool IsAnonymous(string name) =>
        name.Length == 0 || name.Equals(Unknown, StringComparison.OrdinalIgnoreCase) || name.Equals("Unknown", StringComparison.OrdinalIgnoreCase);

    // A form of address before a name of at least two words ("Hon. Judy A. Sgro", "Dr Ana Ruiz"); "Dr. Smith" keeps it,
    // since the surname alone would name fewer people than the label does.
    [GeneratedRegex(@"^(?:(?:Right|Rt\.?)\s+)?(?:Hon|Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+(?=\p{L}[\p{L}.'’-]*\s+\p{L})")]
    private static partial Regex Honorific();
}
