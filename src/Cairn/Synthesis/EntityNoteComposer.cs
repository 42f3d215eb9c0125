using Cairn.Extraction;

namespace Cairn.Synthesis;

/// <summary>
/// Builds an entity note as a pure function of the meeting notes that link to it and its own frontmatter
/// (created, aliases). Only facts: tasks the entity owns, meetings it took part in, lines that name it.
/// </summary>
public static class EntityNoteComposer
{
    private const int RecentLimit = 15;
    private const int FactLimit = 20;
    private const int DecisionLimit = 15;
    private const int TopicLimit = 10;
    private const int RelatedLimit = 20;
    private const int ContextLineLength = 120;
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "Mr", "Mrs", "Ms", "Dr", "St", "Inc", "Ltd", "Co", "vs", "No" };

    /// <param name="us">The owner and their colleagues: never listed as a company's people met.</param>
    public static EntityNoteModel Compose(EntitySubject subject, IEnumerable<MeetingNoteView> meetings, OurSide? us = null)
    {
        var linked = meetings
            .Where(m => m.Related.Contains(subject.Stem, StringComparer.OrdinalIgnoreCase) || TookPart(subject, m))
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Path, StringComparer.Ordinal)
            .ToList();
        var attended = linked.Where(m => TookPart(subject, m)).ToList();
        return new EntityNoteModel(
            subject.Name,
            subject.Kind,
            subject.Aliases,
            attended.Count > 0 ? attended[0].Date : null,
            subject.Created,
            linked.Take(RecentLimit).Select(m => ContextLine(subject, m)).ToList(),
            EntityProfile.For(subject, attended, us),
            OwnedTasks(subject, linked),
            linked.SelectMany(m => m.KeyFacts.Where(f => IsAbout(subject, m, f)).Select(f => $"- {MarkdownText.Inline(f)} ({DatedLink(m)})")).Take(FactLimit).ToList(),
            linked.Select(m => YamlText.OneLine(m.Title)).Distinct(StringComparer.OrdinalIgnoreCase).Take(TopicLimit).ToList(),
            attended.SelectMany(m => m.Decisions.Select(d => $"- ✅ {MarkdownText.Inline(d)} ({DatedLink(m)})")).Take(DecisionLimit).ToList(),
            RelatedOf(subject, linked));
    }

    /// <summary>A meeting counts as contact only when the entity was there: an attendee, or the meeting's account.</summary>
    public static bool TookPart(EntitySubject subject, MeetingNoteView meeting) =>
        subject.Kind == EntityKind.Person
            ? meeting.Participants.Any(subject.IsNamed)
            : string.Equals(meeting.AccountStem, subject.Stem, StringComparison.OrdinalIgnoreCase) || subject.IsNamed(meeting.Account);

    /// <summary>
    /// <c>- date: [[meeting]] - first sentence of its summary (via Account)</c>; the account is left out when it is
    /// the entity itself (a company's own meetings, a one-on-one's other person) or when the meeting has none.
    /// </summary>
    private static string ContextLine(EntitySubject subject, MeetingNoteView meeting)
    {
        var line = $"- {MeetingNoteRenderer.Iso(meeting.Date)}: {MarkdownText.Link(meeting.Stem)}";
        var gist = Gist(meeting.Summary.Length > 0 ? meeting.Summary : meeting.Title);
        line += gist.Length > 0 ? $" - {MarkdownText.Inline(gist)}" : string.Empty;
        var isSelf = subject.IsNamed(meeting.Account) || string.Equals(meeting.AccountStem, subject.Stem, StringComparison.OrdinalIgnoreCase);
        return meeting.Account is { Length: > 0 } account && !isSelf ? $"{line} (via {MarkdownText.Name(account)})" : line;
    }

    /// <summary>The summary's first sentence, cut on a word boundary with "…" when longer than a context line may be.</summary>
    internal static string Gist(string summary)
    {
        var text = FirstSentence(YamlText.OneLine(summary));
        if (text.Length <= ContextLineLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', ContextLineLength - 1);
        var kept = cut > ContextLineLength / 2 ? text[..cut] : text[..(ContextLineLength - 1)];
        return kept.TrimEnd(' ', ',', ';', ':', '-', '—') + "…";
    }

    /// <summary>Up to the first '.', '!' or '?' that is followed by a space and a capital or digit ("e.g. the" does not end it).</summary>
    private static string FirstSentence(string text)
    {
        for (var i = 0; i < text.Length - 2; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || char.IsDigit(text[i + 2])) && !AfterAbbreviation(text, i))
            {
                return text[..(i + 1)];
            }
        }

        return text;
    }

    private static bool AfterAbbreviation(string text, int dot)
    {
        var start = text.LastIndexOf(' ', dot) + 1;
        return text[dot] == '.' && Abbreviations.Contains(text[start..dot]);
    }

    private static List<string> OwnedTasks(EntitySubject subject, List<MeetingNoteView> meetings) =>
        meetings.SelectMany(m => m.Tasks
                .Where(t => subject.Kind == EntityKind.Person && subject.IsNamed(t.Owner))
                .Select(t => TaskText.Format(t.Text, t.OwnedByMe ? TaskText.MyselfOwner : t.Owner, t.Priority, t.Due, t.Done, MarkdownText.Link(m.Stem), tag: null)))
            .ToList();

    private static bool IsAbout(EntitySubject subject, MeetingNoteView meeting, string fact)
    {
        if (subject.Kind != EntityKind.Person && TookPart(subject, meeting))
        {
            return true;
        }

        var names = subject.Aliases.Append(subject.Name);
        if (subject.Kind == EntityKind.Person && TookPart(subject, meeting) && subject.Name.Split(' ')[0] is { Length: >= 3 } first)
        {
            names = names.Append(first);
        }

        return names.Any(n => ContainsWord(fact, n));
    }

    internal static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static string DatedLink(MeetingNoteView meeting) => MarkdownText.Link(meeting.Stem, MeetingNoteRenderer.Iso(meeting.Date));

    private static List<NoteLinkTarget> RelatedOf(EntitySubject subject, List<MeetingNoteView> meetings) =>
        meetings.SelectMany(m => m.Related)
            .Where(stem => !string.Equals(stem, subject.Stem, StringComparison.OrdinalIgnoreCase))
            .GroupBy(stem => stem, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(RelatedLimit)
            .Select(g => new NoteLinkTarget(g.Key, g.Key))
            .ToList();
}
