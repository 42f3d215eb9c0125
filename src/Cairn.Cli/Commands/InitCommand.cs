using System.CommandLine;
using Cairn.Cli.Output;
using Cairn.Vault;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn init [--owner "Full Name"]</c>: makes the vault's folders and config; safe to run again.</summary>
public sealed class InitCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var owner = new Option<string?>("--owner") { Description = "Your full name: your tasks are written @Myself" };
        var command = new Command("init", "Make Inbox/, the note folders and .cairn/config.yaml in the vault") { owner };
        command.SetAction(parse =>
        {
            var result = VaultInitializer.Init(context.VaultPath(parse, discover: false), parse.GetValue(owner));
            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, InitJson.From(result), CliJsonContext.Default.InitJson);
            }
            else
            {
                WriteHuman(context, result);
            }

            if (result.ConfigProblem is not null)
            {
                context.Error(result.ConfigProblem.ToString());
                return ExitCodes.Failed;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteHuman(CliContext context, InitResult result)
    {
        context.Stdout.WriteLine($"vault: {result.Vault}");
        foreach (var item in result.Created)
        {
            context.Stdout.WriteLine($"  created {item}");
        }

        if (result.Created.Count == 0)
        {
            context.Stdout.WriteLine("  nothing to do: the vault is already set up");
        }

        if (result.Warning is not null)
        {
            context.Warn(result.Warning);
        }
    }
}
