using Cairn.Queries;

namespace Cairn.Cli.Commands;

/// <summary>The stable JSON shape of <c>cairn brief --json</c> (docs/index.md).</summary>
internal static class BriefJson
{
    public static object From(Brief brief, BriefWrite? saved) => new
    {
        name = brief.Subject.Name,
        kind = brief.Subject.Kind,
        path = brief.Subject.Path,
        today = TaskView.Date(brief.Today),
        last_contact = brief.LastContact,
        days_since = brief.DaysSince,
        meetings = brief.Meetings.Select(m => new { path = m.Path, title = m.Title, date = m.Date, account = m.Account, summary = m.Summary }),
        they_owe = brief.TheyOwe.Select(t => TaskView.From(t.Row, brief.Today)),
        we_owe = brief.WeOwe.Select(t => TaskView.From(t.Row, brief.Today)),
        key_facts = brief.KeyFacts.Select(Item),
        decisions = brief.Decisions.Select(Item),
        open_questions = brief.OpenQuestions.Select(Item),
        topics = brief.Topics,
        written = saved is null ? null : new { path = saved.Path, changed = saved.Written, linked = saved.Linked },
    };

    public static object Item(MeetingItem item) => new { text = item.Text, section = item.Section, path = item.Path, date = item.Date };
}
