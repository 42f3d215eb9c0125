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
    private const int ContextLineLength = 100;

    public static EntityNoteModel Compose(EntitySubject subject, IEnumerable<MeetingNoteView> meetings)
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
            linked.Take(RecentLimit).Select(ContextLine).ToList(),
            EntityProfile.For(subject, attended),
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

    private static string ContextLine(MeetingNoteView meeting)
    {
        var line = $"- {MeetingNoteRenderer.Iso(meeting.Date)}: {MarkdownText.Link(meeting.Stem)}";
        var gist = Gist(meeting.Summary.Length > 0 ? meeting.Summary : meeting.Title);
        line += gist.Length > 0 ? $" - {MarkdownText.Inline(gist)}" : string.Empty;
        return meeting.Account is { Length: > 0 } account ? $"{line} (via {MarkdownText.Name(account)})" : line;
    }

    private static string Gist(string summary)
    {
        var text = YamlText.OneLine(summary);
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        text = end > 0 ? text[..(end + 1)] : text;
        return text.Length <= ContextLineLength ? text : text[..ContextLineLength].TrimEnd() + "...";
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
