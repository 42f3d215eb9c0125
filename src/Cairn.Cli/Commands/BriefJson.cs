using Cairn.Queries;

namespace Cairn.Cli.Commands;

/// <summary>The stable JSON shape of <c>cairn brief --json</c> (docs/index.md), also the MCP <c>brief</c> tool's structured output.</summary>
internal sealed record BriefJson(
    string Name,
    string Kind,
    string Path,
    string? Today,
    string? LastContact,
    int? DaysSince,
    IReadOnlyList<BriefJson.Meeting> Meetings,
    IReadOnlyList<BriefJson.Owed> TheyOwe,
    IReadOnlyList<BriefJson.Owed> WeOwe,
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
        [.. brief.TheyOwe.Select(Owed.From)],
        [.. brief.WeOwe.Select(Owed.From)],
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

    /// <summary>An open task one side owes the other, with where it lives (<c>file</c>, <c>line</c>) for <c>done</c>.</summary>
    internal sealed record Owed(string File, int Line, string Text, string? Owner, string? Due, bool Overdue, string? Account)
    {
        public static Owed From(BriefTask task) =>
            new(task.Row.File, task.Row.Task.Line, task.Row.Task.Text, task.Row.Owner, TaskView.Date(task.Row.Task.Due), task.Overdue, task.Row.Account);
    }

    /// <summary>A key fact, decision or open question and the meeting it came from.</summary>
    internal sealed record Item(string Text, string Section, string Path, string? Date)
    {
        public static Item From(MeetingItem item) => new(item.Text, item.Section, item.Path, item.Date);
    }

    /// <summary>Where <c>--write</c> saved the brief.</summary>
    internal sealed record Saved(string Path, bool Changed, bool Linked);
}
