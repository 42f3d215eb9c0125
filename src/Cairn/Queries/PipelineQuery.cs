using System.Text.RegularExpressions;
using Cairn.Extraction;
using Cairn.Index;
using Cairn.Notes;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Queries;

/// <summary>
/// <c>cairn pipeline</c>: the cross-account view. By default every account with a customer or partner meeting
/// (an account that is a person's note, an internal one-on-one, is not an account); with names given, those.
/// An account with an entity note answers to its name and aliases, so "Acme" and "Acme Corp" are one account.
/// </summary>
public static partial class PipelineQuery
{
    private const int RecentMeetings = 5;

    private static readonly string[] AccountTypes = [CairnConfig.RoutingKey(MeetingType.Customer), CairnConfig.RoutingKey(MeetingType.Partner)];

    public static PipelineResult Run(VaultIndex index, string? vaultOwner, DateOnly today, IReadOnlyList<string>? accounts = null)
    {
        var wanted = accounts is { Count: > 0 } ? accounts : MeetingReads.Accounts(index, AccountTypes);
        var result = new List<AccountPipeline>();
        var unknown = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in wanted)
        {
            var entity = EntityQuery.Find(index, name);
            if (accounts is not { Count: > 0 } && entity?.Kind == "person")
            {
                continue;
            }

            var account = entity?.Name ?? name.Trim();
            if (!seen.Add(account))
            {
                continue;
            }

            var meetings = entity is not null ? MeetingReads.With(index, entity, int.MaxValue) : MeetingReads.OfAccount(index, account);
            if (entity is null && meetings.Count == 0)
            {
                unknown.Add(name);
                continue;
            }

            var keys = entity is null ? [account] : entity.Aliases.Where(a => a.Length > 0).Prepend(entity.Name).ToList();
            result.Add(Build(index, account, entity, meetings, keys, vaultOwner, today));
        }

        return new PipelineResult(result, unknown);
    }

    /// <summary>Every open task in the vault (entity notes' mirrors once), for <c>Dashboards/Tasks.md</c>.</summary>
    public static IReadOnlyList<BriefTask> OpenTasks(VaultIndex index, string? vaultOwner, DateOnly today) =>
        BriefQuery.Sorted(TaskReads.Find(index, new TaskFilter(), vaultOwner), today);

    /// <summary>The line states a requirement: require(s/d/ment), need(s/ed), must, should have, has to, want(s), looking for, plan(s) to, budget.</summary>
    public static bool IsRequirement(string text) => Requirement().IsMatch(text);

    private static AccountPipeline Build(VaultIndex index, string account, EntityRef? entity, IReadOnlyList<MeetingRef> meetings, IReadOnlyList<string> keys, string? vaultOwner, DateOnly today)
    {
        var days = meetings.Select(m => BriefQuery.DaysSince(m.Date, today)).Where(d => d is >= 0).Select(d => d!.Value).ToList();
        var lastContact = entity is null ? meetings.Select(m => m.Date).FirstOrDefault(d => d is not null) : MeetingReads.LastContact(index, entity);
        var tasks = BriefQuery.Sorted(keys.SelectMany(k => TaskReads.Find(index, new TaskFilter { Account = k }, vaultOwner)), today);
        var items = MeetingItems.Of(index, meetings, [.. NoteSections.Facts, .. NoteSections.AllDecisions]);
        return new AccountPipeline(
            account,
            entity?.Path,
            lastContact,
            BriefQuery.DaysSince(lastContact, today),
            days.Count(d => d <= 30),
            days.Count(d => d <= 90),
            meetings.Count,
            [.. meetings.Take(RecentMeetings)],
            tasks,
            OwnerTasks.Count(tasks),
            MeetingItems.Distinct(items.Where(i => NoteSections.AllDecisions.Contains(i.Section)), 5),
            MeetingItems.Distinct(items.Where(i => (i.Section == NoteSections.KeyInformation || NoteSections.AllDecisions.Contains(i.Section)) && IsRequirement(i.Text) && !MeetingItems.IsQuestion(i.Text)), 8),
            MeetingItems.Distinct(items.Where(i => NoteSections.Facts.Contains(i.Section) && !MeetingItems.IsQuestion(i.Text) && !IsRequirement(i.Text)), 5));
    }

    [GeneratedRegex(@"\b(?:requires?|required|requirements?|needs?|needed|must|should have|has to|have to|wants?|looking for|plans? to|budget)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Requirement();
}
