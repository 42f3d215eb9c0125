using System.CommandLine;
using Cairn.Cli.Output;
using Cairn.Cli.VaultAccess;
using Cairn.Commit;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn undo [--force]</c>: reverts the last run exactly, unless its notes were edited since.</summary>
public sealed class UndoCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var force = new Option<bool>("--force") { Description = "Revert even notes edited since the run (their edits are lost)" };
        var command = new Command("undo", "Revert the last run: restore notes, move sources back to the Inbox") { force };
        command.SetAction(parse =>
        {
            if (CliVault.Open(context, context.VaultPath(parse), initialised: true)?.Paths is not { } paths)
            {
                return ExitCodes.Failed;
            }

            var result = new Committer(paths, context.Time).UndoLastRun(parse.GetValue(force));
            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, UndoJson.From(result), CliJsonContext.Default.UndoJson);
            }
            else if (result.RunId is null)
            {
                context.Stdout.WriteLine("nothing to undo");
            }
            else if (result.Undone)
            {
                context.Stdout.WriteLine($"undid run {result.RunId}: {result.Reverted.Count} file(s) restored");
                foreach (var path in result.Reverted)
                {
                    context.Stdout.WriteLine($"  {path}");
                }
            }

            if (result.RunId is not null && !result.Undone)
            {
                context.Error($"run {result.RunId} was not undone: {string.Join(", ", result.Changed)} changed since; undo --force reverts them anyway");
                return ExitCodes.Failed;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
