using System.CommandLine;
using Cairn.Cli.Output;
using Cairn.Cli.VaultAccess;
using Cairn.Commit;
using Cairn.Queries;
using Cairn.Synthesis;
using Cairn.Vault;
using Spectre.Console;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn pipeline [--accounts A,B] [--write]</c>: the cross-account view; <c>--write</c> updates Dashboards/Pipeline.md and Dashboards/Tasks.md.</summary>
public sealed class PipelineCommand : ICliCommand
{
    private readonly Option<string?> accounts = new("--accounts") { Description = "Only these accounts, comma-separated (names or aliases); default: every account with a customer or partner meeting" };
    private readonly Option<bool> write = new("--write") { Description = "Also write Dashboards/Pipeline.md and Dashboards/Tasks.md (only when they change)" };

    public Command Build(CliContext context)
    {
        var command = new Command("pipeline", "Accounts side by side: contact, meetings, open tasks, decisions, requirements") { accounts, write };
        command.SetAction(parse =>
        {
            var names = parse.GetValue(accounts)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names is { Length: 0 })
            {
                throw new CairnUsageException("--accounts needs at least one account name");
            }

            using var vault = IndexedVault.Open(context, context.VaultPath(parse));
            if (vault is null)
            {
                return ExitCodes.Failed;
            }

            var today = vault.Today(context);
            var result = PipelineQuery.Run(vault.Index, vault.Config.Owner, today, names);
            if (result.Unknown.Count > 0)
            {
                context.Error($"no account named {string.Join(", ", result.Unknown.Select(u => $"'{u}'"))} (no entity note and no meeting with that account)");
                return ExitCodes.Failed;
            }

            IReadOnlyList<string>? written = null;
            if (parse.GetValue(write))
            {
                using var run = new Committer(new VaultPaths(vault.Root, vault.Config.Folders), context.Time).BeginRun();
                var tasks = PipelineQuery.OpenTasks(vault.Index, vault.Config.Owner, today);
                written = DashboardWriter.Write(vault.Index, run, new VaultPaths(vault.Root, vault.Config.Folders), result.Accounts, tasks, vault.Config.Owner);
                run.Complete();
            }

            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, new PipelineJson(TaskView.Date(today), [.. result.Accounts.Select(PipelineJson.AccountRow.From)], written), CliJsonContext.Default.PipelineJson);
                return ExitCodes.Ok;
            }

            Print(context.Console, result.Accounts);
            if (written is not null)
            {
                context.Stdout.WriteLine(written.Count == 0 ? "dashboards unchanged" : $"wrote: {string.Join(", ", written)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, IReadOnlyList<AccountPipeline> accounts)
    {
        if (accounts.Count == 0)
        {
            console.WriteLine("no accounts with customer or partner meetings");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("account", "last contact", "30d", "90d", "open (overdue)", "owners", "latest decision", "requirements");
        foreach (var a in accounts)
        {
            table.AddRow(
                Markup.Escape(a.Account),
                a.LastContact is null ? "-" : $"{a.LastContact} ({a.DaysSince}d)",
                $"{a.Meetings30}",
                $"{a.Meetings90}",
                a.Overdue > 0 ? $"{a.OpenTasks.Count} ([red]{a.Overdue}[/])" : $"{a.OpenTasks.Count} (0)",
                Markup.Escape(string.Join(", ", a.Owners.Take(3).Select(o => $"{o.Owner} {o.Open}"))),
                Markup.Escape(BriefView.Short(a.Decisions.FirstOrDefault()?.Text ?? "-", 60)),
                Markup.Escape(string.Join("\n", a.Requirements.Take(3).Select(r => BriefView.Short(r.Text, 60)))));
        }

        console.Write(table);
    }
}
