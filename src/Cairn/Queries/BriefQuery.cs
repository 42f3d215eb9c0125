using Cairn.Extraction;
using Cairn.Index;
using Cairn.Notes;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Queries;

/// <summary>
/// Builds a <see cref="Brief"/> from the index. A person's meetings are those they attended; an account's, those
/// whose account it is (or that it attended). "They owe" is open tasks owned by the person (for an account: by its
/// people, and by attendees other than the vault owner in its meetings); "we owe" is the vault owner's open tasks
/// in those meetings.
/// </summary>
public static class BriefQuery
{
    private const int MeetingLimit = 5;
    private const int RecentLimit = 10;
    private const int AllLimit = 500;

    private static readonly string[] OwnMeetingTypes = [CairnConfig.RoutingKey(MeetingType.Internal), CairnConfig.RoutingKey(MeetingType.OneOnOne)];

    /// <param name="colleagues">The owner's colleagues (config <c>organization.colleagues</c>): what they owe is never what an account owes us.</param>
    public static Brief Build(VaultIndex index, EntityRef subject, string? vaultOwner, DateOnly today, IReadOnlyList<string>? colleagues = null)
    {
        var us = new OurSide(vaultOwner ?? TaskOwner.Myself, colleagues ?? []);
        var all = MeetingReads.With(index, subject, AllLimit);
        var recent = all.Take(RecentLimit).ToList();
        var lastContact = MeetingReads.LastContact(index, subject);
        var weOwe = WeOwe(index, all, vaultOwner);
        var theyOwe = TheyOwe(index, subject, all, vaultOwner, us);
        var items = MeetingItems.Of(index, recent, [.. NoteSections.Facts, .. NoteSections.AllDecisions, NoteSections.OpenQuestions, NoteSections.Topics]);
        var own = NoteReads.Items(index, subject.NoteId, NoteSections.KeyFacts, NoteSections.KeyDecisions, NoteSections.Topics)
            .Select(i => MeetingItems.FromEntityNote(i, subject.Path)).ToList();
        return new Brief(
            subject,
            today,
            lastContact,
            DaysSince(lastContact, today),
            [.. all.Take(MeetingLimit)],
            Sorted(theyOwe, today),
            Sorted(weOwe, today),
            MeetingItems.Distinct(items.Concat(own).Where(i => NoteSections.Facts.Contains(i.Section) && !MeetingItems.IsQuestion(i.Text)), 10),
            MeetingItems.Distinct(items.Concat(own).Where(i => NoteSections.AllDecisions.Contains(i.Section)), 8),
            MeetingItems.Distinct(Questions(recent, items), 8),
            Topics(items.Concat(own)));
    }

    /// <summary>The brief's "we owe": the vault owner's open tasks in the subject's meetings, sorted.</summary>
    public static IReadOnlyList<BriefTask> WeOwe(VaultIndex index, EntityRef subject, string? vaultOwner, DateOnly today) =>
        Sorted(WeOwe(index, MeetingReads.With(index, subject, AllLimit), vaultOwner), today);

    /// <summary>The brief's "they owe": the subject's open tasks (an account's: its people's and its attendees', never a colleague's), sorted.</summary>
    public static IReadOnlyList<BriefTask> TheyOwe(VaultIndex index, EntityRef subject, string? vaultOwner, DateOnly today, IReadOnlyList<string>? colleagues = null) =>
        Sorted(TheyOwe(index, subject, subject.Kind == "person" ? [] : MeetingReads.With(index, subject, AllLimit), vaultOwner, new OurSide(vaultOwner ?? TaskOwner.Myself, colleagues ?? [])), today);

    public static int? DaysSince(string? date, DateOnly today) =>
        date is not null && DateOnly.TryParseExact(date, "yyyy-MM-dd", out var d) ? today.DayNumber - d.DayNumber : null;

    private static IEnumerable<TaskRow> WeOwe(VaultIndex index, IReadOnlyList<MeetingRef> meetings, string? vaultOwner)
    {
        var paths = meetings.Select(m => m.Path).ToHashSet(StringComparer.Ordinal);
        return TaskReads.Find(index, new TaskFilter { Owner = vaultOwner ?? TaskOwner.Myself }, vaultOwner).Where(t => paths.Contains(t.File));
    }

    private static List<TaskRow> TheyOwe(VaultIndex index, EntityRef subject, IReadOnlyList<MeetingRef> meetings, string? vaultOwner, OurSide us) =>
        subject.Kind == "person" ? OwnedBy(index, Names(subject), subject, vaultOwner) : [.. OwedByAccount(index, subject, meetings, vaultOwner).Where(t => !us.Includes(t.Owner))];

    private static IEnumerable<string> Names(EntityRef entity) => entity.Aliases.Where(a => a.Length > 0).Prepend(entity.Name);

    private static List<TaskRow> OwnedBy(VaultIndex index, IEnumerable<string> owners, EntityRef subject, string? vaultOwner) =>
        [.. owners.SelectMany(o => TaskReads.Find(index, new TaskFilter { Owner = o }, vaultOwner)).Where(t => t.File != subject.Path)];

    /// <summary>Its people's open tasks, and open tasks in its meetings owned by an attendee who is not the vault owner.</summary>
    private static List<TaskRow> OwedByAccount(VaultIndex index, EntityRef account, IReadOnlyList<MeetingRef> meetings, string? vaultOwner)
    {
        var people = AccountPeople(index, account, vaultOwner);
        var attendees = MeetingItems.Participants(index, meetings);
        var inMeetings = Names(account)
            .SelectMany(a => TaskReads.Find(index, new TaskFilter { Account = a }, vaultOwner))
            .Where(t => t.Owner is { } owner && !IsOwner(owner, vaultOwner)
                && attendees.TryGetValue(t.File, out var present) && present.Contains(owner, StringComparer.OrdinalIgnoreCase));
        return [.. OwnedBy(index, people, account, vaultOwner).Concat(inMeetings)];
    }

    /// <summary>
    /// An account's people: attendees of its meetings who attend no meeting of another account and no internal meeting
    /// or one-on-one (colleagues go to many accounts' meetings and to internal ones; a customer's people to theirs).
    /// The vault owner is never one.
    /// </summary>
    private static IReadOnlyList<string> AccountPeople(VaultIndex index, EntityRef account, string? vaultOwner) =>
        EntityReads.AccountPeople(index, [.. Names(account).Select(n => n.ToLowerInvariant())], OwnMeetingTypes, vaultOwner);

    private static bool IsOwner(string owner, string? vaultOwner) =>
        owner.Equals(TaskOwner.Myself, StringComparison.OrdinalIgnoreCase) || owner.Equals(vaultOwner, StringComparison.OrdinalIgnoreCase);

    /// <summary>Each task once, overdue first, then by due date (undated last), then where it lives.</summary>
    public static List<BriefTask> Sorted(IEnumerable<TaskRow> rows, DateOnly today) =>
        [.. rows.DistinctBy(r => (r.File, r.Task.Line))
            .Select(r => BriefTask.From(r, today))
            .OrderByDescending(t => t.Overdue)
            .ThenBy(t => t.Row.Task.Due ?? DateOnly.MaxValue)
            .ThenBy(t => t.Row.File, StringComparer.Ordinal)
            .ThenBy(t => t.Row.Task.Line)];

    private static IEnumerable<MeetingItem> Questions(IReadOnlyList<MeetingRef> recent, IReadOnlyList<MeetingItem> items)
    {
        var fromItems = items.Where(i => i.Section == NoteSections.OpenQuestions || (i.Section == NoteSections.KeyInformation && MeetingItems.IsQuestion(i.Text)));
        var fromSummaries = recent.SelectMany(m => MeetingItems.Questions(m.Summary).Select(q => new MeetingItem(NoteSections.Summary, q, m.Path, m.Date)));
        return fromItems.Concat(fromSummaries);
    }

    private static List<string> Topics(IEnumerable<MeetingItem> items)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. items.Where(i => i.Section == NoteSections.Topics)
            .SelectMany(i => i.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(seen.Add)
            .Take(15)];
    }
}
