using Cairn.Index;
using Cairn.Notes;
using Cairn.Sources;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Queries;

/// <summary>
/// <c>cairn ask</c> without a model. A structured question is answered from structured data first, through the
/// queries that own it: what I owe X and what X owes me from <see cref="BriefQuery"/>, the last contact from
/// <see cref="EntityQuery.LastContact"/>, decisions from <see cref="MeetingItems"/>. Any other question, and the
/// decisions' context, is answered by passages: the meetings the question's names narrow to (or the full-text
/// search's best notes, <see cref="SearchQuery.AnyOf"/>), within its days, cut into passages with their archived
/// sources (<see cref="PassageReader"/>) and ranked (<see cref="PassageScore"/>).
/// </summary>
public static class AskQuery
{
    // Notes read for passages: full-text hits, then the newest meetings of the names asked about.
    private const int SearchedNotes = 40;
    private const int NewestMeetings = 10;

    // Archived sources read: those whose words match best, and the first candidates' (a source is larger than its note).
    private const int SourcesRead = 20;

    // Decision lines listed for "what did we decide about Y", newest first: the rest are counted.
    private const int DecisionsShown = 30;

    /// <param name="colleagues">The owner's colleagues (config <c>organization.colleagues</c>): what they owe is never what an account owes us.</param>
    public static AskResult Run(VaultIndex index, VaultPaths vault, string text, AskOptions options, string? vaultOwner, DateOnly today, ReaderOptions? readerOptions = null, IReadOnlyList<string>? colleagues = null)
    {
        var question = Narrowed(QuestionReader.Read(index, text, today), options);
        var structured = question.Subject is { } subject ? Structured(index, vault, question, subject, vaultOwner, today, colleagues) : null;
        if (structured is not null)
        {
            return structured;
        }

        if (question.Intent == AskIntent.Decisions && Decided(index, question, options) is { } decided)
        {
            return decided;
        }

        var passages = Passages(index, vault, question, options, readerOptions ?? ReaderOptions.Default);
        var outside = string.Empty;
        if (passages.Count == 0 && (question.Since is not null || question.Until is not null))
        {
            // "How long does a checkpoint take today" names a day the meetings are not from: say so, and look in every day.
            outside = $"Nothing from {Days(question)}; from other days: ";
            passages = Passages(index, vault, question with { Since = null, Until = null }, options with { Since = null, Until = null }, readerOptions ?? ReaderOptions.Default);
        }

        if (question.Intent == AskIntent.Decisions)
        {
            return DecisionsAnswer(question, passages);
        }

        var shown = Shown(passages);
        var unknown = question.Intent is AskIntent.WeOwe or AskIntent.TheyOwe or AskIntent.LastContact
            ? "No person or company the question names is known to the vault (see cairn people). " : string.Empty;
        var answer = passages.Count == 0
            ? unknown + "Nothing in the vault matches the question."
            : unknown + outside + $"\"{passages[0].Quote}\" [{shown.IndexOf(passages[0]) + 1}]";
        return new AskResult(question, answer, shown, [], null);
    }

    private static string Days(AskQuestion question) => (question.Since, question.Until) switch
    {
        ({ } s, { } u) when s == u => IsoDate.Format(s),
        ({ } s, { } u) => $"{IsoDate.Format(s)} to {IsoDate.Format(u)}",
        ({ } s, null) => $"{IsoDate.Format(s)} on",
        (null, { } u) => $"before {IsoDate.Format(u.AddDays(1))}",
        _ => "those days",
    };

    /// <summary>The options override what the question says about its days; a person given joins the names asked about.</summary>
    private static AskQuestion Narrowed(AskQuestion question, AskOptions options)
    {
        var entities = options.Person is { } person && question.Entities.All(e => e.NoteId != person.NoteId) ? [.. question.Entities, person] : question.Entities;
        var subject = question.Subject ?? (question.Intent is AskIntent.WeOwe or AskIntent.TheyOwe or AskIntent.LastContact ? options.Person : null);
        return question with { Entities = entities, Subject = subject, Since = options.Since ?? question.Since, Until = options.Until ?? question.Until };
    }

    private static AskResult? Structured(VaultIndex index, VaultPaths vault, AskQuestion question, EntityRef subject, string? vaultOwner, DateOnly today, IReadOnlyList<string>? colleagues)
    {
        switch (question.Intent)
        {
            case AskIntent.WeOwe or AskIntent.TheyOwe:
                var tasks = question.Intent == AskIntent.WeOwe ? BriefQuery.WeOwe(index, subject, vaultOwner, today) : BriefQuery.TheyOwe(index, subject, vaultOwner, today, colleagues);
                var passages = tasks.Select(TaskPassage).ToList();
                return new AskResult(question, OweAnswer(question.Intent, subject, tasks), passages, tasks, null);
            case AskIntent.LastContact:
                var last = MeetingReads.LastContact(index, subject);
                var meeting = MeetingReads.With(index, subject, 1).FirstOrDefault(m => m.Date == last);
                var where = meeting is null ? [] : PassageReader.FromNote(vault, meeting.Path, meeting.Title, meeting.Date).Note.Where(p => p.Quote.StartsWith("**Attendees**", StringComparison.Ordinal)).Take(1).ToList();
                return new AskResult(question, LastContactAnswer(subject, last, meeting, today), where, [], last);
            default:
                return null;
        }
    }

    private static string OweAnswer(AskIntent intent, EntityRef subject, IReadOnlyList<BriefTask> tasks)
    {
        var head = intent == AskIntent.WeOwe
            ? tasks.Count == 0 ? $"You owe {subject.Name} nothing: no open task of yours in a meeting with them." : $"You owe {subject.Name} {Count(tasks.Count)}:"
            : tasks.Count == 0 ? $"{subject.Name} owes you nothing: no open task of theirs." : $"{subject.Name} owes you {Count(tasks.Count)}:";
        var lines = tasks.Select((t, i) => $"- {t.Row.Task.Text}{Due(t)} [{i + 1}]");
        return string.Join('\n', lines.Prepend(head));
    }

    private static string Count(int n) => n == 1 ? "1 open task" : $"{n} open tasks";

    private static string Due(BriefTask task) => task.Row.Task.Due is { } due ? $" (due {IsoDate.Format(due)}{(task.Overdue ? ", overdue" : string.Empty)})" : string.Empty;

    private static string LastContactAnswer(EntityRef subject, string? last, MeetingRef? meeting, DateOnly today)
    {
        if (last is null)
        {
            return $"No meeting with {subject.Name} is in the vault.";
        }

        var ago = BriefQuery.DaysSince(last, today) switch
        {
            0 => " (today)",
            1 => " (1 day ago)",
            { } d and > 1 => $" ({d} days ago)",
            _ => string.Empty,
        };
        return meeting is null
            ? $"You last talked to {subject.Name} on {last}{ago}, by their note's last_contact."
            : $"You last talked to {subject.Name} on {last}{ago}: {meeting.Title} [1].";
    }

    /// <summary>An open task as a passage of its meeting note: the task line, its meeting's title and date from the note's file name.</summary>
    private static AskPassage TaskPassage(BriefTask task)
    {
        var file = task.Row.File;
        var name = System.IO.Path.GetFileNameWithoutExtension(file);
        var (date, title) = DateText.TryFileNamePrefix(name, out var d, out var rest) ? (IsoDate.Format(d), rest) : (null, name);
        var raw = task.Row.Task.Raw.Trim();
        var quote = raw.Length > 6 && raw.StartsWith("- [", StringComparison.Ordinal) ? raw[6..].Trim() : raw;
        return new AskPassage(file, task.Row.Task.Line, file, title, date, null, null, "Action Items", quote, raw, 1);
    }

    /// <summary>
    /// "What did we decide about Y": every decision line of a meeting note that says Y (a word of the question), or of a
    /// meeting whose title says it ("Fabrikam pricing"), in the days, account and people asked about, newest first, each
    /// cited at its line. The meetings are the ones the full-text index finds for those words (a decision saying Y is
    /// in a note saying Y). Null when the question has no topic words or no decision line says them: the answer is then
    /// looked for in passages, transcripts included.
    /// </summary>
    private static AskResult? Decided(VaultIndex index, AskQuestion question, AskOptions options)
    {
        if (FtsQuery.AnyOf(question.Terms) is not { } match)
        {
            return null;
        }

        var filter = new SearchFilter { Account = options.Account, Since = question.Since, Until = question.Until };
        var rows = SearchReads.MeetingItems(index, match, filter, NoteSections.Decisions);
        if (question.Entities.Count > 0)
        {
            var theirs = Meetings(index, question, options.Account).Select(m => m.Path).ToHashSet(StringComparer.Ordinal);
            rows = [.. rows.Where(r => theirs.Contains(r.Note.Path))];
        }

        var decisions = rows
            .Select(r => (Hit: r.Note, r.Item))
            .Where(d => PassageScore.Matches(PassageScore.Tokens(d.Item.Text + " " + d.Hit.Title), question.Terms).Count > 0)
            .DistinctBy(d => (d.Hit.Path, MeetingItems.Key(d.Item.Text)))
            .ToList();
        if (decisions.Count == 0)
        {
            return null;
        }

        var shown = decisions.Take(DecisionsShown).ToList();
        var passages = shown.Select(d => DecisionPassage(d.Hit, d.Item)).ToList();
        var meetings = decisions.Select(d => d.Hit.Path).Distinct(StringComparer.Ordinal).Count();
        var more = decisions.Count > shown.Count ? $"\n({decisions.Count - shown.Count} older not shown; narrow with --since or --account)" : string.Empty;
        var answer = string.Join('\n', passages.Select((p, i) => $"- {p.Date ?? "undated"}: {p.Quote} [{i + 1}]")
            .Prepend(DecisionsHeading(question, meetings))) + more;
        var listed = passages.Select(p => new MeetingItem(NoteSections.Decisions, p.Quote, p.NotePath, p.Date)).ToList();
        return new AskResult(question, answer, passages, [], null);
    }

    private static AskResult DecisionsAnswer(AskQuestion question, IReadOnlyList<AskPassage> passages)
    {
        var decided = passages.Where(PassageScore.IsDecision).ToList();
        var meetings = decided.Select(p => p.NotePath).Distinct(StringComparer.Ordinal).Count();
        var shown = Shown(passages);
        var items = decided.Select(p => new MeetingItem(NoteSections.Decisions, p.Quote, p.NotePath, p.Date)).ToList();
        var topic = Topic(question);
        var answer = decided.Count == 0
            ? passages.Count == 0 ? $"No decision about {topic} is in the vault." : $"No decision about {topic} was found; the nearest passages are below."
            : string.Join('\n', decided.OrderByDescending(p => p.Date, StringComparer.Ordinal)
                .DistinctBy(p => MeetingItems.Key(p.Quote))
                .Select(p => $"- {p.Date ?? "undated"}: {p.Quote} [{shown.IndexOf(p) + 1}]")
                .Prepend(DecisionsHeading(question, meetings)));
        return new AskResult(question, answer, shown, [], null);
    }

    /// <summary>A meeting's decision line as a passage of its note.</summary>
    private static AskPassage DecisionPassage(SearchHit meeting, NoteItem item)
    {
        var text = item.Text.Trim();
        return new AskPassage(meeting.Path, item.Line, meeting.Path, meeting.Title, meeting.Date, null, null, NoteSections.Decisions, text, text, 1);
    }

    private static string Topic(AskQuestion question) => question.Terms.Count == 0 ? "this" : string.Join(' ', question.Terms);

    private static string DecisionsHeading(AskQuestion question, int meetings) =>
        $"Decisions about {Topic(question)} ({meetings} {(meetings == 1 ? "meeting" : "meetings")}):";

    /// <summary>
    /// The ranked passages as shown: grouped by meeting, the best-matching meeting first and the newest among equals,
    /// in each the note's lines before the source's, by line. (Newest first alone put a question's one right meeting,
    /// a year old, below every newer meeting that shares its common words.)
    /// </summary>
    private static List<AskPassage> Shown(IReadOnlyList<AskPassage> ranked) =>
        [.. ranked.GroupBy(p => p.NotePath, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(p => p.Score)).ThenByDescending(g => g.First().Date ?? string.Empty, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(p => p.FromSource).ThenBy(p => p.Line ?? 0))];

    /// <summary>
    /// The best passages of the notes the question narrows to, with the archived sources of the meetings whose
    /// source says the question's words, and of the first other candidates.
    /// </summary>
    private static IReadOnlyList<AskPassage> Passages(VaultIndex index, VaultPaths vault, AskQuestion question, AskOptions options, ReaderOptions readerOptions)
    {
        var all = new List<AskPassage>();
        var read = 0;
        var (candidates, spoken) = Candidates(index, question, options);
        foreach (var note in candidates)
        {
            var (passages, sourceRef) = PassageReader.FromNote(vault, note.Path, note.Title, note.Date);
            all.AddRange(passages);
            if (sourceRef is not null && (spoken.Contains(note.Path) || read++ < SourcesRead))
            {
                all.AddRange(PassageReader.FromSource(vault, sourceRef, note.Path, note.Title, note.Date, readerOptions));
            }
        }

        return PassageScore.Rank(all, question, Math.Max(1, options.Limit));
    }

    /// <summary>
    /// The notes to read: with names in the question, their meetings (all of them when several are named and share
    /// none), best full-text matches first (of the note, then of its archived source), then the newest; without, the
    /// full-text search's best notes and sources, and the newest meetings of the days asked about. Also the meetings
    /// whose source matched: theirs is read whatever its place.
    /// </summary>
    private static (List<SearchHit> Notes, HashSet<string> Spoken) Candidates(VaultIndex index, AskQuestion question, AskOptions options)
    {
        var filter = new SearchFilter { Account = options.Account, Since = question.Since, Until = question.Until, Limit = SearchedNotes };
        var newest = Meetings(index, question, options.Account);
        List<SearchHit> notes, spoken;
        if (question.Entities.Count > 0)
        {
            var paths = newest.Select(m => m.Path).ToHashSet(StringComparer.Ordinal);
            var wide = filter with { Limit = SearchReads.RankedMatches };
            notes = [.. SearchQuery.AnyOf(index, question.Terms, wide).Where(h => paths.Contains(h.Path)).Take(SearchedNotes)];
            spoken = [.. SearchQuery.SourcesAnyOf(index, question.Terms, wide).Where(h => paths.Contains(h.Path)).Take(SourcesRead)];
            return ([.. notes.Concat(spoken).Concat(newest.Take(NewestMeetings).Select(Hit)).DistinctBy(h => h.Path)], Paths(spoken));
        }

        // No words: both answer nothing without asking the index (FtsQuery.AnyOf is null).
        notes = [.. SearchQuery.AnyOf(index, question.Terms, filter)];
        spoken = [.. SearchQuery.SourcesAnyOf(index, question.Terms, filter with { Limit = SourcesRead })];
        var dated = question.Since is not null || question.Until is not null || notes.Count + spoken.Count == 0 ? newest.Take(NewestMeetings).Select(Hit) : [];
        return ([.. notes.Concat(spoken).Concat(dated).DistinctBy(h => h.Path)], Paths(spoken));
    }

    private static HashSet<string> Paths(IEnumerable<SearchHit> hits) => hits.Select(h => h.Path).ToHashSet(StringComparer.Ordinal);

    /// <summary>The meetings of the names asked about (or all), in the days and account asked about, newest first.</summary>
    private static List<MeetingRef> Meetings(VaultIndex index, AskQuestion question, string? account)
    {
        var since = question.Since ?? DateOnly.MinValue;
        IEnumerable<MeetingRef> meetings;
        if (question.Entities.Count == 0)
        {
            meetings = MeetingReads.Since(index, since, account, null, question.Until is null ? NewestMeetings : int.MaxValue);
        }
        else
        {
            var each = question.Entities.Select(e => MeetingReads.Linking(index, e, int.MaxValue).Where(m => InDays(m, since, question.Until)).ToList()).ToList();
            var shared = each.Skip(1).Aggregate(each[0].Select(m => m.Path).ToHashSet(StringComparer.Ordinal), (set, next) =>
            {
                set.IntersectWith(next.Select(m => m.Path));
                return set;
            });
            meetings = each.SelectMany(m => m).DistinctBy(m => m.Path).Where(m => shared.Count == 0 || shared.Contains(m.Path));
            if (account is not null)
            {
                meetings = meetings.Where(m => string.Equals(m.Account, account.Trim(), StringComparison.OrdinalIgnoreCase));
            }
        }

        return [.. meetings.Where(m => InDays(m, since, question.Until)).OrderByDescending(m => m.Date, StringComparer.Ordinal).ThenBy(m => m.Path, StringComparer.Ordinal)];
    }

    private static bool InDays(MeetingRef meeting, DateOnly since, DateOnly? until) =>
        meeting.Date is { } d && string.CompareOrdinal(d, IsoDate.Format(since)) >= 0 && (until is not { } u || string.CompareOrdinal(d, IsoDate.Format(u)) <= 0)
        || (meeting.Date is null && since == DateOnly.MinValue && until is null);

    private static SearchHit Hit(MeetingRef meeting) => new(meeting.Path, meeting.Title, null, meeting.Date, meeting.Account, string.Empty, 0);
}
