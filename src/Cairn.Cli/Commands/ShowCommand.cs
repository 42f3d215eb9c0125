using System.CommandLine;
using Cairn.Cli.Output;
using Cairn.Cli.VaultAccess;
using Cairn.Index;
using Cairn.Notes;
using Cairn.Queries;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn show NAME</c>: one person, company or project (by name or alias): key sections, recent meetings, open tasks.</summary>
public sealed class ShowCommand : ICliCommand
{
    private readonly Argument<string[]> name = new("NAME") { Arity = ArgumentArity.OneOrMore, Description = "A name or alias (case-insensitive)" };

    public Command Build(CliContext context)
    {
        var command = new Command("show", "One entity: its note's key sections, recent meetings, open tasks") { name };
        command.SetAction(parse =>
        {
            var wanted = string.Join(' ', parse.GetValue(name) ?? []);
            using var vault = IndexedVault.Open(context, context.VaultPath(parse));
            if (vault is null)
            {
                return ExitCodes.Failed;
            }

            if (EntityArgument.Resolve(context, vault.Index, wanted, "person, company or project") is not { } entity)
            {
                return ExitCodes.Failed;
            }

            var items = NoteReads.Items(vault.Index, entity.NoteId, NoteSections.Profile, NoteSections.KeyFacts, NoteSections.Topics, NoteSections.KeyDecisions);
            var meetings = MeetingReads.Linking(vault.Index, entity, 5);
            var lastContact = MeetingReads.LastContact(vault.Index, entity);
            var tasks = TaskReads.Find(vault.Index, new TaskFilter { Owner = entity.Name, OwnerAliases = entity.Aliases }, vault.Config.Owner).Where(t => !t.File.Equals(entity.Path, StringComparison.Ordinal)).ToList();
            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, new ShowJson(
                    entity.Name, entity.Kind, entity.Path, entity.Aliases, lastContact,
                    Section(items, NoteSections.Profile), Section(items, NoteSections.KeyFacts), Topics(items), Section(items, NoteSections.KeyDecisions),
                    [.. meetings.Select(BriefJson.Meeting.From)],
                    [.. tasks.Select(t => TaskView.From(t, vault.Today(context)))]),
                    CliJsonContext.Default.ShowJson);
                return ExitCodes.Ok;
            }

            var o = context.Stdout;
            o.WriteLine($"{entity.Name} ({entity.Kind}) — {entity.Path}");
            if (entity.Aliases.Count > 0)
            {
                o.WriteLine($"aliases: {string.Join(", ", entity.Aliases)}");
            }

            o.WriteLine($"last contact: {lastContact ?? "never"}");
            // The note's Profile (role, email, meetings) is what a source stated: show prints it as the note does.
            Print(o, "Profile", Readable(items, NoteSections.Profile, entity.Path).Select(Plain));
            Print(o, "Recent meetings", meetings.Select(m => $"{m.Date} {m.Title} — {m.Summary}"));
            Print(o, "Open tasks", tasks.Select(t => $"{t.Task.Text}{(t.Task.Due is { } d ? " (due " + TaskView.Date(d) + ")" : string.Empty)}  {t.File}:{t.Task.Line}"));
            Print(o, "Key facts", Readable(items, NoteSections.KeyFacts, entity.Path));
            Print(o, "Topics", Topics(items));
            Print(o, "Key decisions", Readable(items, NoteSections.KeyDecisions, entity.Path));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The Topics section as a list: its items, each a comma-separated line of topics, split.</summary>
    private static List<string> Topics(IReadOnlyList<Index.NoteItem> items) =>
        [.. Section(items, "Topics").SelectMany(t => t.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase)];

    internal static List<string> Section(IReadOnlyList<Index.NoteItem> items, string section) => [.. items.Where(i => i.Section == section).Select(i => i.Text)];

    /// <summary>The section's lines with the <c>([[meeting|date]])</c> link Cairn writes after each shown as <c>(date)</c>.</summary>
    private static IEnumerable<string> Readable(IReadOnlyList<Index.NoteItem> items, string section, string path) =>
        items.Where(i => i.Section == section)
            .Select(i => MeetingItems.FromEntityNote(i, path))
            .Select(i => i.Date is { } date ? $"{i.Text} ({date})" : i.Text);

    /// <summary>A Profile line as text: "**Role**: lead at [[Acme]]" → "Role: lead at Acme".</summary>
    private static string Plain(string line) =>
        Wikilink.FindAll(line).Aggregate(line, (text, link) => text.Replace(link.Original, link.DisplayText, StringComparison.Ordinal)).Replace("**", string.Empty, StringComparison.Ordinal);

    internal static void Print(TextWriter o, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        o.WriteLine();
        o.WriteLine($"{title}:");
        foreach (var line in list)
        {
            o.WriteLine($"- {line}");
        }

        if (list.Count == 0)
        {
            o.WriteLine("- (none)");
        }
    }
}
