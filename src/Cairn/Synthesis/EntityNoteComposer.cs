using Cairn.Extraction;
using Cairn.Notes;
using Cairn.Vault;

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
    private const int ContextLineLength = 110;
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "Mr", "Mrs", "Ms", "Dr", "St", "Inc", "Ltd", "Co", "vs", "No" };

    /// <param name="us">The owner and their colleagues: never listed as a company's people met.</param>
    public static EntityNoteModel Compose(EntitySubject subject, IEnumerable<MeetingNoteView> meetings, OurSide? us = null)
    {
        var linked = meetings
            .Where(m => m.Related.Contains(subject.Stem, StringComparer.OrdinalIgnoreCase) || TookPart(subject, m))
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Path, StringComparer.Ordinal)
            .ToList();
        var attended = linked.Where(m => TookPart(subject, m)).ToList();
        var details = PersonDetails.For(subject, linked);
        return new EntityNoteModel(
            subject.Name,
            subject.Kind,
            subject.Aliases,
            attended.Count > 0 ? attended[0].Date : null,
            subject.Created,
            linked.Take(RecentLimit).Select(m => ContextLine(subject, m)).ToList(),
            details.ProfileLines().Concat(EntityProfile.For(subject, attended, us)).ToList(),
            subject.Kind == EntityKind.Person ? OwnedTasks(subject, linked) : AccountTasks(subject, attended, us),
            // The same fact stated again by a later meeting ("Hannah is the head of infrastructure") shows once, with the newest.
            linked.SelectMany(m => m.KeyFacts.Where(f => IsAbout(subject, m, f)).Select(f => (Fact: f, Meeting: m)))
                .DistinctBy(f => f.Fact.TrimEnd('.'), StringComparer.OrdinalIgnoreCase)
                .Select(f => $"- {MarkdownText.Inline(f.Fact)} ({EntityProfile.Dated(f.Meeting)})").Take(FactLimit).ToList(),
            TopicsOf(subject, linked),
            attended.SelectMany(m => m.Decisions.Where(d => IsPartyTo(subject, m, d)).Select(d => DecisionMark.Bullet($"{MarkdownText.Inline(d)} ({EntityProfile.Dated(m)})"))).Take(DecisionLimit).ToList(),
            RelatedOf(subject, linked))
        {
            Details = details,
        };
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
        var line = $"- {IsoDate.Format(meeting.Date)}: {MarkdownText.Link(meeting.Stem)}";
        var gist = Gist(meeting.Summary.Length > 0 ? meeting.Summary : meeting.Title, meeting.Title);
        line += gist.Length > 0 ? $" - {MarkdownText.Inline(gist)}" : string.Empty;
        var isSelf = subject.IsNamed(meeting.Account) || string.Equals(meeting.AccountStem, subject.Stem, StringComparison.OrdinalIgnoreCase);
        return meeting.Account is { Length: > 0 } account && !isSelf ? $"{line} (via {MarkdownText.Name(account)})" : line;
    }

    /// <summary>
    /// What happened, in about a hundred characters: whole sentences of the summary while they fit; when the
    /// first is short ("Pricing with Fabrikam (Hannah, Marcus).") the next one follows, cut on a word boundary
    /// with "…". An opening sentence that only repeats the title ("1:1 with Marcus.") says nothing and is skipped.
    /// </summary>
    internal static string Gist(string summary, string? title = null)
    {
        var text = YamlText.OneLine(summary);
        var first = FirstSentence(text);
        if (title is not null && first.Length < text.Length && first.TrimEnd('.', '!', '?').Trim().Equals(YamlText.OneLine(title).Trim(), StringComparison.OrdinalIgnoreCase))
        {
            text = text[first.Length..].TrimStart();
        }

        var whole = WholeSentences(text);
        if (whole.Length >= ContextLineLength / 2 || whole.Length == text.Length)
        {
            text = whole;
        }

        if (text.Length <= ContextLineLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', ContextLineLength - 1);
        var kept = cut > ContextLineLength / 2 ? text[..cut] : text[..(ContextLineLength - 1)];
        return kept.TrimEnd(' ', ',', ';', ':', '-', '—') + "…";
    }

    /// <summary>The longest run of the text's opening sentences that fits a context line (the first alone when none does).</summary>
    private static string WholeSentences(string text)
    {
        var kept = FirstSentence(text);
        while (kept.Length < text.Length)
        {
            var rest = text[kept.Length..];
            var gap = rest.Length - rest.TrimStart().Length;
            var longer = text[..(kept.Length + gap + FirstSentence(rest.TrimStart()).Length)];
            if (longer.Length > ContextLineLength)
            {
                break;
            }

            kept = longer;
        }

        return kept;
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
                .Where(t => !t.Done && subject.Kind == EntityKind.Person && subject.IsNamed(t.Owner))
                .Select(t => Mirror(m, t)))
            .ToList();

    /// <summary>
    /// A company's or project's open tasks: every open task of the meetings it took part in, both ways — what we
    /// owe them (yours and your colleagues'), then what they owe us (everyone else's) — each side by owner, then due date. The labels
    /// are bold lines, not headings: the lines must stay inside Open Tasks to remain mirrors of the meeting's.
    /// </summary>
    private static List<string> AccountTasks(EntitySubject subject, List<MeetingNoteView> attended, OurSide? us)
    {
        var open = attended.SelectMany(m => m.Tasks.Where(t => !t.Done).Select(t => (Meeting: m, Task: t))).ToList();
        var lines = new List<string>();
        var name = MarkdownText.Inline(subject.Name);
        bool Ours((MeetingNoteView Meeting, MeetingTask Task) o) => o.Task.OwnedByMe || us?.Includes(o.Task.Owner) == true;
        AddSide(lines, $"**What we owe {name}**", open.Where(Ours));
        AddSide(lines, $"**What {name} owes us**", open.Where(o => !Ours(o)));
        return lines;
    }

    private static void AddSide(List<string> lines, string label, IEnumerable<(MeetingNoteView Meeting, MeetingTask Task)> tasks)
    {
        var sorted = tasks
            .OrderBy(o => o.Task.Owner is null).ThenBy(o => o.Task.Owner, StringComparer.OrdinalIgnoreCase)
            .ThenBy(o => o.Task.Due ?? DateOnly.MaxValue).ThenBy(o => o.Meeting.Date)
            .Select(o => Mirror(o.Meeting, o.Task))
            .ToList();
        if (sorted.Count == 0)
        {
            return;
        }

        if (lines.Count > 0)
        {
            lines.Add(string.Empty);
        }

        lines.Add(label);
        lines.AddRange(sorted);
    }

    private static string Mirror(MeetingNoteView meeting, MeetingTask task) =>
        TaskText.Format(task.Text, task.OwnedByMe ? TaskOwner.Myself : task.Owner, task.Priority, task.Due, task.Done, MarkdownText.Link(meeting.Stem), tag: null);

    /// <summary>
    /// A company or project is party to every decision of its meetings; a person to those they made (the line's
    /// decider), those that name them, and those of a one-on-one with them, not to everything said in a room they sat in.
    /// </summary>
    private static bool IsPartyTo(EntitySubject subject, MeetingNoteView meeting, string decision)
    {
        if (subject.Kind != EntityKind.Person || string.Equals(meeting.Type, CairnConfig.RoutingKey(MeetingType.OneOnOne), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var (text, by) = DecisionLine.Read(decision, meeting.Participants);
        return subject.IsNamed(by) || Names(subject, meeting).Any(n => ContainsWord(text, n));
    }

    private static bool IsAbout(EntitySubject subject, MeetingNoteView meeting, string fact)
    {
        // An address is a contact detail, and a person's own role is their Profile's first line: the Profile and
        // frontmatter show them; Key Facts would say them again, once per meeting that stated them.
        if (PersonStatement.IsEmail(fact) || (subject.Kind == EntityKind.Person && PersonStatement.ReadRole(fact, subject.Name) is not null))
        {
            return false;
        }

        if (subject.Kind != EntityKind.Person && TookPart(subject, meeting))
        {
            return true;
        }

        return Names(subject, meeting).Any(n => ContainsWord(fact, n));
    }

    /// <summary>The names a line may call the entity by: name, aliases, and a person's first name in a meeting they attended.</summary>
    private static IEnumerable<string> Names(EntitySubject subject, MeetingNoteView meeting)
    {
        var names = subject.Aliases.Append(subject.Name);
        if (subject.Kind == EntityKind.Person && TookPart(subject, meeting) && subject.Name.Split(' ')[0] is { Length: >= 3 } first)
        {
            names = names.Append(first);
        }

        return names;
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

    /// <summary>
    /// The extractor's topics of its meetings, the most frequent first (then the newest): not meeting titles, and
    /// not a topic that names the entity or another one its meetings link ("Fabrikam pilot" where one meeting's
    /// extract missed the company and another links it: its Related says it better).
    /// </summary>
    private static List<string> TopicsOf(EntitySubject subject, List<MeetingNoteView> meetings)
    {
        var entities = meetings.SelectMany(m => m.Related).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return meetings.SelectMany((m, order) => m.Topics.Select(t => (Topic: YamlText.OneLine(t), Order: order)))
            .Where(t => t.Topic.Length > 0 && !subject.IsNamed(t.Topic) && !entities.Any(e => ContainsWord(t.Topic, e)))
            .GroupBy(t => t.Topic, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Select(t => t.Order).Distinct().Count()).ThenBy(g => g.Min(t => t.Order))
            .Select(g => g.First().Topic)
            .Take(TopicLimit)
            .ToList();
    }

    private static List<NoteLinkTarget> RelatedOf(EntitySubject subject, List<MeetingNoteView> meetings) =>
        meetings.SelectMany(m => m.Related)
            .Where(stem => !string.Equals(stem, subject.Stem, StringComparison.OrdinalIgnoreCase))
            .GroupBy(stem => stem, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(RelatedLimit)
            .Select(g => new NoteLinkTarget(g.Key, g.Key))
            .ToList();
}
