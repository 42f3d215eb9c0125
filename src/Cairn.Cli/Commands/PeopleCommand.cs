using System.CommandLine;
using Cairn.Cli.Output;
using Cairn.Cli.VaultAccess;
using Cairn.Index;
using Cairn.Queries;
using Spectre.Console;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn people [--stale DAYS]</c>: people other than you with last contact, meeting count and open tasks.</summary>
public sealed class PeopleCommand : ICliCommand
{
    private readonly Option<int?> stale = new("--stale") { Description = "Only people not met for at least this many days, longest first", CustomParser = WholeNumber.OrNone("--stale", "days") };

    public Command Build(CliContext context)
    {
        var command = new Command("people", "People with last contact, meeting count and open tasks") { stale };
        command.SetAction(parse =>
        {
            var days = parse.GetValue(stale);
            if (days is < 0)
            {
                throw new CairnUsageException("--stale must be zero or more days");
            }

            using var vault = IndexedVault.Open(context, context.VaultPath(parse));
            if (vault is null)
            {
                return ExitCodes.Failed;
            }

            var today = vault.Today(context);
            // You are not one of your contacts; with --stale, the longest silence first (never met: first of all).
            var rows = EntityReads.People(vault.Index, vault.Config.Owner)
                .Where(r => !r.Name.Equals(vault.Config.Owner, StringComparison.OrdinalIgnoreCase))
                .Where(r => days is null || BriefQuery.DaysSince(r.LastContact, today) is not { } d || d >= days)
                .ToList();
            if (days is not null)
            {
                rows = [.. rows.OrderByDescending(r => BriefQuery.DaysSince(r.LastContact, today) ?? int.MaxValue).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)];
            }

            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, rows.Select(r => PersonJson.From(r, BriefQuery.DaysSince(r.LastContact, today))), CliJsonContext.Default.IEnumerablePersonJson);
                return ExitCodes.Ok;
            }

            string[] headers = ["name", "last contact", "days", "meetings", "open tasks"];
            var cells = rows.Select(r => (IReadOnlyList<string>)Cells(r, today)).ToList();
            if (cells.Count > PlainColumns.TableRows)
            {
                new PlainColumns(headers, cells).Write(context.Stdout, cells);
                return ExitCodes.Ok;
            }

            var table = new Table();
            table.AddColumns(headers);
            foreach (var row in cells)
            {
                table.AddRow([.. row.Select(Markup.Escape)]);
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A person's row as text: name, last contact, days since, meetings, open tasks ("-" for never met).</summary>
    private static string[] Cells(PersonRow row, DateOnly today) =>
    [
        row.Name,
        row.LastContact ?? "-",
        BriefQuery.DaysSince(row.LastContact, today)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
        row.Meetings.ToString(System.Globalization.CultureInfo.InvariantCulture),
        row.OpenTasks.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];
}
