using System.Text;
using Cairn.Notes;

namespace Cairn.Synthesis;

/// <summary>
/// The layout's dashboards folder (<c>Dashboards</c>): <c>Pipeline.md</c> (a table, then a section per account) and
/// <c>Tasks.md</c> (live <c>```tasks</c> queries of the Obsidian Tasks plugin: overdue, then one per owner, yours first). Pipeline depends
/// on the clock only for what is overdue; Tasks only on who owns open tasks, so ticking a task changes no byte
/// and the plugin's view is never stale. Neither holds a checkbox, so nothing in them is counted again as a task.
/// </summary>
public static class DashboardNotes
{
    public const string PipelineFile = "Pipeline.md";
    public const string TasksFile = "Tasks.md";

    public static string Pipeline(IReadOnlyList<AccountPipeline> accounts)
    {
        var sb = Header("Pipeline");
        sb.Append("\n| Account | Last contact | Meetings 30d | Meetings 90d | Open tasks | Overdue |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var a in accounts)
        {
            sb.Append($"| {AccountLink(a).Replace("|", "\\|", StringComparison.Ordinal)} | {a.LastContact ?? "-"} | {a.Meetings30} | {a.Meetings90} | {a.OpenTasks.Count} | {a.Overdue} |\n");
        }

        foreach (var a in accounts)
        {
            sb.Append("\n## ").Append(MarkdownText.Inline(a.Account)).Append("\n\n")
                .Append("**Account**: ").Append(AccountLink(a)).Append('\n')
                .Append("**Last contact**: ").Append(a.LastContact ?? "never").Append('\n')
                .Append($"**Meetings**: {a.Meetings30} in the last 30 days, {a.Meetings90} in the last 90 days, {a.MeetingsTotal} in all\n")
                .Append($"**Open tasks**: {a.OpenTasks.Count} ({a.Overdue} overdue)")
                .Append(a.Owners.Count == 0 ? string.Empty : " — " + string.Join(", ", a.Owners.Select(o => $"{o.Owner} {o.Open}" + (o.Overdue > 0 ? $" ({o.Overdue} overdue)" : string.Empty))))
                .Append('\n');
            BriefNote.Section(sb, "Recent Meetings", a.RecentMeetings.Select(m => $"{m.Date ?? "undated"}: {BriefNote.Link(m.Path)}"), "###");
            BriefNote.Section(sb, "Decisions", a.Decisions.Select(BriefNote.Item), "###");
            BriefNote.Section(sb, "Requirements", a.Requirements.Select(BriefNote.Item), "###");
            BriefNote.Section(sb, "Key Facts", a.KeyFacts.Select(BriefNote.Item), "###");
        }

        return sb.ToString();
    }

    public static string Tasks(IReadOnlyList<BriefTask> tasks, string meetingsFolder, string? vaultOwner)
    {
        var sb = Header("Open Tasks");
        sb.Append("\nLive views of the Obsidian Tasks plugin (set its global filter to `#task`): they follow the meeting notes as\n")
            .Append("tasks are added or ticked. `cairn pipeline --write` adds a section when someone new owns a task.\n");
        var inMeetings = $"path includes {meetingsFolder}/";
        Query(sb, "Overdue", "not done", "due before today", inMeetings, "sort by due");
        var owners = tasks.Select(t => t.Row.Owner).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(o => !o.Equals(vaultOwner, StringComparison.OrdinalIgnoreCase)).ThenBy(o => o, StringComparer.OrdinalIgnoreCase);
        foreach (var owner in owners)
        {
            var mine = owner.Equals(vaultOwner, StringComparison.OrdinalIgnoreCase);
            var who = mine ? $"(description includes @{TaskOwner.Myself}) OR (description includes @{owner})" : $"description includes @{owner}";
            Query(sb, mine ? $"{MarkdownText.Inline(owner)} (you)" : MarkdownText.Inline(owner), "not done", who, inMeetings, "sort by due");
        }

        if (tasks.Any(t => t.Row.Owner is null))
        {
            Query(sb, "No owner", "not done", "description does not include @", inMeetings, "sort by due");
        }

        return sb.ToString();
    }

    private static void Query(StringBuilder sb, string heading, params string[] lines)
    {
        sb.Append("\n## ").Append(heading).Append("\n\n```tasks\n");
        foreach (var line in lines)
        {
            sb.Append(line).Append('\n');
        }

        sb.Append("```\n");
    }

    private static string AccountLink(AccountPipeline a) => a.Path is null ? MarkdownText.Inline(a.Account) : BriefNote.Link(a.Path);

    private static StringBuilder Header(string title) => new StringBuilder()
        .Append("---\n").Append(NoteProperties.Type).Append(": dashboard\n")
        .Append(NoteProperties.Title).Append(": ").Append(YamlText.DoubleQuoted(title)).Append('\n')
        .Append(NoteProperties.Tags).Append(":\n  - \"type/dashboard\"\n  - \"generated\"\n---\n\n")
        .Append("# ").Append(title).Append('\n');
}
