using Cairn.Extraction;
using Cairn.Notes;

namespace Cairn.Synthesis;

/// <summary>
/// The Profile section: only what the meetings establish (how many, the first and the last, through which
/// companies, who we met there). No filler: with nothing known, the section is left out.
/// </summary>
internal static class EntityProfile
{
    private const int NameLimit = 10;

    public static IReadOnlyList<string> For(EntitySubject subject, IReadOnlyList<MeetingNoteView> attended, OurSide? us)
    {
        if (attended.Count == 0)
        {
            return [];
        }

        var first = Dated(attended[^1]);
        var last = Dated(attended[0]);
        var lines = new List<string>
        {
            attended.Count == 1 ? $"- **Meetings**: 1, {first}" : $"- **Meetings**: {attended.Count}, first {first}, last {last}",
        };
        if (subject.Kind == EntityKind.Person)
        {
            // Companies only: a one-on-one's account is the other person, not an account the person belongs to.
            var accounts = attended.Where(m => m.Account is { Length: > 0 } account && !subject.IsNamed(account) && !subject.IsNamed(m.AccountStem)
                    && !m.Participants.Any(p => string.Equals(p, account, StringComparison.OrdinalIgnoreCase)))
                .Select(m => MarkdownText.Link(m.AccountStem ?? m.Account!, m.Account))
                .Distinct(StringComparer.OrdinalIgnoreCase).Take(NameLimit).ToList();
            if (accounts.Count > 0)
            {
                lines.Add("- **Accounts**: " + string.Join(", ", accounts));
            }
        }
        else
        {
            var people = attended.SelectMany(m => m.Participants.Where(p => us?.Includes(p) != true).Select(p => LinkIfRelated(m, p)))
                .Distinct(StringComparer.OrdinalIgnoreCase).Take(NameLimit).ToList();
            if (people.Count > 0)
            {
                lines.Add("- **People met**: " + string.Join(", ", people));
            }
        }

        return lines;
    }

    /// <summary><c>[[meeting|date]]</c>: where a line of an entity note came from.</summary>
    internal static string Dated(MeetingNoteView meeting) => MarkdownText.Link(meeting.Stem, IsoDate.Format(meeting.Date));

    private static string LinkIfRelated(MeetingNoteView meeting, string person)
    {
        var stem = meeting.Related.FirstOrDefault(r => string.Equals(r, person, StringComparison.OrdinalIgnoreCase));
        return stem is null ? MarkdownText.Name(person) : MarkdownText.Link(stem, person);
    }
}
