using System.CommandLine;
using System.Globalization;
using Cairn.Cli.Output;
using Cairn.Commit;
using Spectre.Console;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn history</c>: the runs in the journal, newest first.</summary>
public sealed class HistoryCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var command = new Command("history", "List runs: when, status, sources, notes created/updated, files moved");
        command.SetAction(parse =>
        {
            if (CliVault.Open(context, context.VaultPath(parse), initialised: true)?.Paths is not { } paths)
            {
                return ExitCodes.Failed;
            }

            var runs = new Committer(paths, context.Time).History();
            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, runs.Select(r => new
                {
                    run = r.Id,
                    started = r.Started,
                    finished = r.Finished,
                    status = r.Status,
                    sources = r.Sources,
                    created = r.Created,
                    updated = r.Updated,
                    moved = r.Moved,
                }));
                return ExitCodes.Ok;
            }

            if (runs.Count == 0)
            {
                context.Stdout.WriteLine("no runs yet");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("run", "started", "status", "sources", "created", "updated", "moved");
            foreach (var run in runs)
            {
                table.AddRow(
                    run.Id.ToString(CultureInfo.InvariantCulture),
                    run.Started.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    run.Status.ToString().ToLowerInvariant(),
                    run.Sources.ToString(CultureInfo.InvariantCulture),
                    run.Created.ToString(CultureInfo.InvariantCulture),
                    run.Updated.ToString(CultureInfo.InvariantCulture),
                    run.Moved.ToString(CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
