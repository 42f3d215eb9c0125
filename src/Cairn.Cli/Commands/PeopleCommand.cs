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

            var table = new Table();
            table.AddColumns("name", "last contact", "days", "meetings", "open tasks");
            foreach (var r in rows)
            {
                table.AddRow(Markup.Escape(r.Name), r.LastContact ?? "-", BriefQuery.DaysSince(r.LastContact, today)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", $"{r.Meetings}", $"{r.OpenTasks}");
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
