using Cairn.Notes;
using Cairn.Queries;
using Cairn.Synthesis;

namespace Cairn.Cli.Output;

/// <summary>The stable JSON shape of <c>cairn brief --json</c> (docs/index.md), also the MCP <c>brief</c> tool's structured output.</summary>
internal sealed record BriefJson(
    string Name,
    string Kind,
    string Path,
    string? Today,
    string? LastContact,
    int? DaysSince,
    IReadOnlyList<BriefJson.Meeting> Meetings,
    IReadOnlyList<TaskView> TheyOwe,
    IReadOnlyList<TaskView> WeOwe,
    IReadOnlyList<BriefJson.Item> KeyFacts,
    IReadOnlyList<BriefJson.Item> Decisions,
    IReadOnlyList<BriefJson.Item> OpenQuestions,
    IReadOnlyList<string> Topics,
    BriefJson.Saved? Written)
{
    public static BriefJson From(Brief brief, BriefWrite? saved) => new(
        brief.Subject.Name,
        brief.Subject.Kind,
        brief.Subject.Path,
        TaskView.Date(brief.Today),
        brief.LastContact,
        brief.DaysSince,
        [.. brief.Meetings.Select(Meeting.From)],
        [.. brief.TheyOwe.Select(t => TaskView.From(t.Row, brief.Today))],
        [.. brief.WeOwe.Select(t => TaskView.From(t.Row, brief.Today))],
        [.. brief.KeyFacts.Select(Item.From)],
        [.. brief.Decisions.Select(Item.From)],
        [.. brief.OpenQuestions.Select(Item.From)],
        brief.Topics,
        saved is null ? null : new Saved(saved.Path, saved.Written, saved.Linked));

    /// <summary>A meeting note: where it is, its title, day, account and summary line.</summary>
    internal sealed record Meeting(string Path, string Title, string? Date, string? Account, string? Summary)
    {
        public static Meeting From(MeetingRef m) => new(m.Path, m.Title, m.Date, m.Account, m.Summary);
    }

    /// <summary>A key fact, decision or open question and the meeting it came from.</summary>
    internal sealed record Item(string Text, string Section, string Path, string? Date)
    {
        public static Item From(MeetingItem item) => new(item.Text, item.Section, item.Path, item.Date);
    }

    /// <summary>Where <c>--write</c> saved the brief.</summary>
    internal sealed record Saved(string Path, bool Changed, bool Linked);
}
