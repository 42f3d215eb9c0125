using Cairn.Synthesis;
using Spectre.Console;

namespace Cairn.Cli.Output;

/// <summary>The terminal layout of a brief: a heading rule, the last contact, then a table or list per section.</summary>
internal static class BriefView
{
    public static void Print(IAnsiConsole console, Brief brief)
    {
        // A heading line, not a rule: a rule spans the console's width, which off a terminal is unbounded.
        console.MarkupLine($"[bold]Brief: {Markup.Escape(brief.Subject.Name)}[/] [grey]({Markup.Escape(brief.Subject.Kind)})[/]");
        console.MarkupLine($"[bold]Last spoke:[/] {Markup.Escape(BriefNote.LastSpoke(brief))}   [grey]{Markup.Escape(brief.Subject.Path)}[/]");
        var meetings = Table("date", "meeting", "summary");
        foreach (var m in brief.Meetings)
        {
            meetings.AddRow(m.Date ?? "-", Markup.Escape(m.Title), Markup.Escape(Short(m.Summary ?? string.Empty, 160)));
        }

        Section(console, "Recent meetings", meetings, brief.Meetings.Count);
        Section(console, "They owe us", Tasks(brief.TheyOwe), brief.TheyOwe.Count);
        Section(console, "We owe them", Tasks(brief.WeOwe), brief.WeOwe.Count);
        List(console, "Key facts", brief.KeyFacts.Select(Item));
        List(console, "Decisions", brief.Decisions.Select(Item));
        List(console, "Open questions", brief.OpenQuestions.Select(Item));
        List(console, "Topics", brief.Topics.Count == 0 ? [] : [string.Join(", ", brief.Topics)]);
    }

    internal static Table Tasks(IEnumerable<BriefTask> tasks)
    {
        var table = Table("task", "owner", "due", "meeting");
        foreach (var t in tasks)
        {
            var due = TaskView.Date(t.Row.Task.Due) ?? "-";
            table.AddRow(
                Markup.Escape(t.Row.Task.Text),
                Markup.Escape(t.Row.Owner ?? "-"),
                t.Overdue ? $"[red]{due} overdue[/]" : due,
                Markup.Escape(BriefNote.Stem(t.Row.File)));
        }

        return table;
    }

    internal static string Short(string text, int max) => text.Length <= max ? text : text[..(max - 3)].TrimEnd() + "...";

    private static Table Table(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns(columns);
        return table;
    }

    private static string Item(MeetingItem item) => item.Date is null ? item.Text : $"{item.Text} ({item.Date})";

    private static void Section(IAnsiConsole console, string title, Table table, int rows)
    {
        console.WriteLine();
        console.MarkupLine($"[bold underline]{title}[/]");
        if (rows == 0)
        {
            console.MarkupLine("[grey](none)[/]");
            return;
        }

        console.Write(table);
    }

    private static void List(IAnsiConsole console, string title, IEnumerable<string> lines)
    {
        console.WriteLine();
        console.MarkupLine($"[bold underline]{title}[/]");
        var any = false;
        foreach (var line in lines)
        {
            console.MarkupLine("• " + Markup.Escape(line));
            any = true;
        }

        if (!any)
        {
            console.MarkupLine("[grey](none)[/]");
        }
    }
}
