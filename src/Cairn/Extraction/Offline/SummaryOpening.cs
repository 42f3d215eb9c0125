namespace Cairn.Extraction.Offline;

/// <summary>
/// The summary's first sentence: what kind of meeting it was and who was in it, built only from what the
/// extractor found (title, account, participants): "Storage renewal kickoff with Fabrikam (Hannah Okafor,
/// Luis Romero)." Nothing is guessed: no title worth reading and nobody besides the owner gives no opening.
/// </summary>
internal static class SummaryOpening
{
    private const int NamesShown = 4;

    /// <summary>The other side's people in brackets; the owner's colleagues after them, as ours ("; with Tom Becker of ours").</summary>
    public static string? Make(string title, MeetingType type, string? account, IReadOnlyList<string> participants, OurSide us)
    {
        var kind = Kind(title, type, account);
        var others = participants.Where(p => !p.Equals(us.Owner, StringComparison.OrdinalIgnoreCase)).ToList();
        var unnamed = others.Where(p => !Mentions(kind, p)).ToList();
        if (unnamed.Count == 0)
        {
            return others.Count == 0 && kind == title ? null : kind + ".";
        }

        var theirs = Names(unnamed.Where(p => !us.Includes(p)).ToList());
        var ours = Names(unnamed.Where(us.Includes).ToList());
        return (theirs.Length, ours.Length) switch
        {
            (0, _) => $"{kind} (with {ours} of ours).",
            (_, 0) => $"{kind} ({theirs}).",
            _ => $"{kind} ({theirs}; with {ours} of ours).",
        };
    }

    private static string Names(IReadOnlyList<string> names) =>
        names.Count <= NamesShown ? string.Join(", ", names) : $"{string.Join(", ", names.Take(NamesShown - 1))} and {names.Count - NamesShown + 1} others";

    /// <summary>The title, with the account moved behind "with" when the title leads with it (a one-on-one's account is a participant, named after it); an id-shaped title (one token with digits or dashes: "ami-ES2005a") says less than the meeting type.</summary>
    private static string Kind(string title, MeetingType type, string? account)
    {
        var t = title.Trim().TrimEnd('.');
        if (!t.Contains(' ', StringComparison.Ordinal) && t.Any(c => char.IsDigit(c) || c is '-' or '_'))
        {
            t = type switch
            {
                MeetingType.Customer => "Customer meeting",
                MeetingType.Partner => "Partner meeting",
                MeetingType.OneOnOne => "One-on-one",
                _ => "Meeting",
            };
        }

        if (account is not { Length: > 0 } || type == MeetingType.OneOnOne)
        {
            return t;
        }

        if (t.StartsWith(account + " ", StringComparison.OrdinalIgnoreCase) && t.Length > account.Length + 1)
        {
            var rest = t[(account.Length + 1)..].TrimStart('-', '–', ':', ' ');
            return rest.Length == 0 ? t : $"{char.ToUpperInvariant(rest[0])}{rest[1..]} with {account}";
        }

        return t.Contains(account, StringComparison.OrdinalIgnoreCase) ? t : $"{t} with {account}";
    }

    /// <summary>The text names the person by full or first name.</summary>
    private static bool Mentions(string text, string person) =>
        EntityNameIn(text, person) || (person.Split(' ') is [var first, _, ..] && EntityNameIn(text, first));

    private static bool EntityNameIn(string text, string name) =>
        text.Split([' ', ',', ':', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals(name, StringComparison.OrdinalIgnoreCase))
        || (name.Contains(' ', StringComparison.Ordinal) && text.Contains(name, StringComparison.OrdinalIgnoreCase));
}
