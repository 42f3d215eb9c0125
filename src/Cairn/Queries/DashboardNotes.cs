using System.Text;
using Cairn.Synthesis;

namespace Cairn.Queries;

/// <summary>
/// <c>Dashboards/Pipeline.md</c> (a table, then a section per account) and <c>Dashboards/Tasks.md</c> (open tasks by
/// owner, then due date). Nothing in them depends on the clock except what is overdue, so the same vault renders the
/// same bytes; tasks are plain list lines, never checkboxes, so they are not counted again as tasks.
/// </summary>
public static class DashboardNotes
{
    public const string Folder = "Dashboards";
    public const string PipelinePath = Folder + "/Pipeline.md";
    public const string TasksPath = Folder + "/Tasks.md";

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

    public static string Tasks(IReadOnlyList<BriefTask> tasks)
    {
        var sb = Header("Open Tasks");
        var owners = tasks.GroupBy(t => t.Row.Owner ?? OwnerTasks.Unassigned, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key == OwnerTasks.Unassigned).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase);
        foreach (var owner in owners)
        {
            var list = owner.OrderBy(t => t.Row.Task.Due ?? DateOnly.MaxValue).ThenBy(t => t.Row.File, StringComparer.Ordinal).ThenBy(t => t.Row.Task.Line);
            BriefNote.Section(sb, $"{MarkdownText.Inline(owner.First().Row.Owner ?? OwnerTasks.Unassigned)} ({owner.Count()})", list.Select(t => BriefNote.TaskLine(t, withOwner: false)));
        }

        if (tasks.Count == 0)
        {
            sb.Append("\nNo open tasks.\n");
        }

        return sb.ToString();
    }

    private static string AccountLink(AccountPipeline a) => a.Path is null ? MarkdownText.Inline(a.Account) : $"[[{BriefNote.Stem(a.Path)}]]";

    private static StringBuilder Header(string title) => new StringBuilder()
        .Append("---\ntype: dashboard\ntitle: ").Append(YamlText.DoubleQuoted(title)).Append('\n')
        .Append("tags:\n  - \"type/dashboard\"\n  - \"generated\"\n---\n\n")
        .Append("# ").Append(title).Append('\n');
}
