using System.CommandLine;
using System.Globalization;
using Cairn.Cli.Output;
using Cairn.Cli.VaultAccess;
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
                JsonOutput.Write(context.Stdout, runs.Select(RunJson.From), CliJsonContext.Default.IEnumerableRunJson);
                return ExitCodes.Ok;
            }

            if (runs.Count == 0)
            {
                context.Stdout.WriteLine("no runs yet");
                return ExitCodes.Ok;
            }

            // Token columns only in a vault where a model was used: an offline user's table stays as it was.
            var model = runs.Any(r => r.TokensIn > 0 || r.TokensOut > 0);
            var table = new Table().AddColumns("run", "started", "status", "sources", "created", "updated", "moved");
            if (model)
            {
                table.AddColumns("tokens in", "tokens out");
            }

            foreach (var run in runs)
            {
                string[] cells =
                [
                    run.Id.ToString(CultureInfo.InvariantCulture),
                    run.Started.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    EnumName.Of(run.Status),
                    run.Sources.ToString(CultureInfo.InvariantCulture),
                    run.Created.ToString(CultureInfo.InvariantCulture),
                    run.Updated.ToString(CultureInfo.InvariantCulture),
                    run.Moved.ToString(CultureInfo.InvariantCulture),
                ];
                table.AddRow(model ? [.. cells, run.TokensIn.ToString("N0", CultureInfo.InvariantCulture), run.TokensOut.ToString("N0", CultureInfo.InvariantCulture)] : cells);
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
