using Cairn.Extraction;

namespace Cairn.Synthesis;

/// <summary>
/// The Profile section: only what the meetings establish (how often and since when we met, through which
/// accounts, who we met there). No filler: with nothing known, the section is left out.
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

        var first = MeetingNoteRenderer.Iso(attended[^1].Date);
        var last = MeetingNoteRenderer.Iso(attended[0].Date);
        var lines = new List<string>
        {
            attended.Count == 1 ? $"- **Meetings**: 1 ({first})" : $"- **Meetings**: {attended.Count} ({first} to {last})",
        };
        if (subject.Kind == EntityKind.Person)
        {
            var accounts = attended.Where(m => m.Account is { Length: > 0 })
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

    private static string LinkIfRelated(MeetingNoteView meeting, string person)
    {
        var stem = meeting.Related.FirstOrDefault(r => string.Equals(r, person, StringComparison.OrdinalIgnoreCase));
        return stem is null ? MarkdownText.Name(person) : MarkdownText.Link(stem, person);
    }
}
