using System.Text.Json.Serialization;
using Cairn.Synthesis;

namespace Cairn.Cli.Output;

/// <summary><c>cairn pipeline --json</c>: the day, each account's activity, tasks, decisions, requirements and facts, and the dashboards written (<c>--write</c>).</summary>
internal sealed record PipelineJson(string? Today, IReadOnlyList<PipelineJson.AccountRow> Accounts, IReadOnlyList<string>? Written)
{
    /// <summary>One account: its note, contact, meetings in the last 30 and 90 days and in all, open tasks by owner, and what its meetings said.</summary>
    internal sealed record AccountRow(
        string Account,
        string? Path,
        string? LastContact,
        int? DaysSince,
        [property: JsonPropertyName("meetings_30d")] int Meetings30,
        [property: JsonPropertyName("meetings_90d")] int Meetings90,
        int MeetingsTotal,
        IReadOnlyList<Meeting> RecentMeetings,
        int OpenTasks,
        int Overdue,
        IReadOnlyList<OwnerCount> Owners,
        IReadOnlyList<BriefJson.Item> Decisions,
        IReadOnlyList<BriefJson.Item> Requirements,
        IReadOnlyList<BriefJson.Item> KeyFacts)
    {
        public static AccountRow From(AccountPipeline a) => new(
            a.Account,
            a.Path,
            a.LastContact,
            a.DaysSince,
            a.Meetings30,
            a.Meetings90,
            a.MeetingsTotal,
            [.. a.RecentMeetings.Select(m => new Meeting(m.Path, m.Title, m.Date, m.Summary))],
            a.OpenTasks.Count,
            a.Overdue,
            [.. a.Owners.Select(o => new OwnerCount(o.Owner, o.Open, o.Overdue))],
            [.. a.Decisions.Select(BriefJson.Item.From)],
            [.. a.Requirements.Select(BriefJson.Item.From)],
            [.. a.KeyFacts.Select(BriefJson.Item.From)]);
    }

    /// <summary>A recent meeting of the account (its account goes without saying).</summary>
    internal sealed record Meeting(string Path, string Title, string? Date, string? Summary);

    /// <summary>An owner's open and overdue tasks of the account.</summary>
    internal sealed record OwnerCount(string Owner, int Open, int Overdue);
}
