using Cairn.Extraction;
using Cairn.Notes;
using Cairn.Synthesis;

namespace Cairn.Planning;

/// <summary>
/// Recognises a second source of a meeting already in the vault (a transcript and its recap email, say): same
/// date, the same account, mostly the same people of the other side (the owner and their colleagues are at every
/// call, so they are no evidence), and the same title (a recap's or follow-up's title names the meeting) or words
/// in common. Different accounts, or titles with no word in common, are different meetings. The planner then
/// updates that note instead of adding one.
/// </summary>
public static class DuplicateMeetings
{
    private const double PeopleOverlap = 0.5;
    private const double WordOverlap = 0.2;
    private static readonly HashSet<string> GenericTitleWords = new(StringComparer.Ordinal) { "meeting", "call", "sync", "notes", "recap", "weekly", "with", "from", "about" };

    public static MeetingNoteView? Find(MeetingNoteModel candidate, IEnumerable<MeetingNoteView> sameDay, OurSide us)
    {
        var words = Words(candidate.Title, candidate.Summary, candidate.Decisions, candidate.KeyFacts, candidate.Tasks.Select(t => t.Text));
        return sameDay
            .Where(m => m.Date == candidate.Date && !DifferentAccounts(m, candidate) && SamePeople(m.Participants, candidate.Participants, us))
            .Select(m => (Meeting: m, Score: SameTitle(m.Title, candidate.Title)
                ? 1.0
                : TitlesApart(m.Title, candidate.Title) ? 0 : Jaccard(words, Words(m.Title, m.Summary, m.Decisions, m.KeyFacts, m.Tasks.Select(t => t.Text)))))
            .Where(x => x.Score >= WordOverlap)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Meeting)
            .FirstOrDefault();
    }

    private static bool DifferentAccounts(MeetingNoteView existing, MeetingNoteModel candidate) =>
        existing.Account is { Length: > 0 } a && candidate.Account?.Name is { Length: > 0 } b && !a.Equals(b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The other side's people overlap; a meeting of only our side (internal) compares everyone.</summary>
    private static bool SamePeople(IReadOnlyList<string> existing, IReadOnlyList<string> candidate, OurSide us)
    {
        var theirs = existing.Where(p => !us.Includes(p)).ToList();
        var others = candidate.Where(p => !us.Includes(p)).ToList();
        return theirs.Count == 0 && others.Count == 0
            ? Overlap(existing, candidate) >= PeopleOverlap
            : Overlap(theirs, others) >= PeopleOverlap;
    }

    private static bool SameTitle(string a, string b) => string.Equals(RecapTitle.MeetingOf(a), RecapTitle.MeetingOf(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>Both titles say something (two words or more of four letters) and share no such word: clearly two meetings.</summary>
    private static bool TitlesApart(string a, string b)
    {
        var x = TitleWords(a);
        var y = TitleWords(b);
        return x.Count >= 2 && y.Count >= 2 && !x.Overlaps(y);
    }

    private static HashSet<string> TitleWords(string title) =>
        Words(RecapTitle.MeetingOf(title), string.Empty, [], [], []).Where(w => !GenericTitleWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The existing note with the new source's items added: its title, date, source and ticks stay; attendees,
    /// tasks, decisions, facts and links are unioned; the longer summary wins.
    /// </summary>
    public static MeetingNoteModel Merge(MeetingNoteView existing, MeetingNoteModel incoming)
    {
        var account = existing.Account is { Length: > 0 } name ? new NoteLinkTarget(existing.AccountStem ?? name, name) : incoming.Account;
        var related = existing.Related.Select(stem => new NoteLinkTarget(stem, stem))
            .Concat(incoming.Related)
            .DistinctBy(r => r.Stem, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return incoming with
        {
            Title = existing.Title,
            Type = existing.Type.Length > 0 ? existing.Type : incoming.Type,
            Account = account,
            Participants = existing.Participants.Concat(incoming.Participants).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            SourceKind = existing.SourceKind.Length > 0 ? existing.SourceKind : incoming.SourceKind,
            SourceRef = existing.SourceRef.Length > 0 ? existing.SourceRef : incoming.SourceRef,
            OtherSources = existing.AllSources.Append(incoming.SourceRef).Skip(existing.SourceRef.Length > 0 ? 1 : 0).ToList(),
            Summary = existing.Summary.Length >= incoming.Summary.Length ? existing.Summary : incoming.Summary,
            Tasks = existing.Tasks.Concat(incoming.Tasks).DistinctBy(t => Key(t.Text)).ToList(),
            // The same decision said again by someone else is the same decision: the first line (and its maker) stays.
            Decisions = existing.Decisions.Select(d => (Line: d, Of: existing.Participants)).Concat(incoming.Decisions.Select(d => (Line: d, Of: incoming.Participants)))
                .DistinctBy(d => Key(DecisionLine.Read(d.Line, d.Of).Text)).Select(d => d.Line).ToList(),
            KeyFacts = existing.KeyFacts.Concat(incoming.KeyFacts).DistinctBy(Key).ToList(),
            Related = related,
        };
    }

    private static double Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Intersect(b, StringComparer.OrdinalIgnoreCase).Count();
        return (double)shared / Math.Min(a.Count, b.Count);
    }

    private static HashSet<string> Words(string title, string summary, IEnumerable<string> decisions, IEnumerable<string> facts, IEnumerable<string> tasks)
    {
        var text = string.Join(' ', [title, summary, .. decisions, .. facts, .. tasks]);
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length >= 4)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
