using System.CommandLine;
using Cairn.Cli.Output;
using Cairn.Cli.VaultAccess;
using Cairn.Queries;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn check</c>: validates every note; exit 1 when any error is found (warnings alone pass).</summary>
public sealed class CheckCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var command = new Command("check", "Validate the vault: frontmatter, task dates, unresolved links");
        command.SetAction(parse =>
        {
            if (CliVault.Open(context, context.VaultPath(parse)) is not { } vault)
            {
                return ExitCodes.Failed;
            }

            var problems = VaultCheck.Run(vault.Root, vault.Config.Folders.Inbox);
            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, problems.Select(ProblemJson.From), CliJsonContext.Default.IEnumerableProblemJson);
            }
            else
            {
                WriteHuman(context, problems);
            }

            return problems.Any(p => p.Severity == CheckSeverity.Error) ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteHuman(CliContext context, IReadOnlyList<CheckProblem> problems)
    {
        foreach (var p in problems)
        {
            var where = p.Line > 0 ? $"{p.File}:{p.Line}" : p.File;
            context.Stdout.WriteLine($"{where}: {EnumName.Of(p.Severity)}: {p.Problem}");
        }

        var errors = problems.Count(p => p.Severity == CheckSeverity.Error);
        var warnings = problems.Count - errors;
        context.Stdout.WriteLine(problems.Count == 0 ? "no problems found" : $"{errors} error(s), {warnings} warning(s)");
    }
}
