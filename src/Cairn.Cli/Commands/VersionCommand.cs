using System.CommandLine;
using Cairn.Cli.Output;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn version</c>: the tool's version, for bug reports.</summary>
public sealed class VersionCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var command = new Command("version", "Print Cairn's version");
        command.SetAction(parse =>
        {
            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, new VersionJson(CairnApp.Version), CliJsonContext.Default.VersionJson);
                return ExitCodes.Ok;
            }

            context.Stdout.WriteLine(CairnApp.Version);
            return ExitCodes.Ok;
        });
        return command;
    }
}
