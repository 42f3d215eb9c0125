using System.CommandLine;
using Cairn.Cli.Output;
using Cairn.Cli.VaultAccess;
using Cairn.Commit;
using Cairn.Queries;
using Cairn.Vault;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn brief NAME [--write]</c>: one page to read before meeting a person or an account.</summary>
public sealed class BriefCommand : ICliCommand
{
    private readonly Argument<string[]> name = new("NAME") { Arity = ArgumentArity.OneOrMore, Description = "A person or account, by name or alias (case-insensitive)" };
    private readonly Option<bool> write = new("--write") { Description = "Also save it as Briefs/YYYY-MM-DD - Brief NAME.md, linked from the entity note" };

    public Command Build(CliContext context)
    {
        var command = new Command("brief", "A one-page brief before meeting a person or an account") { name, write };
        command.SetAction(parse =>
        {
            var wanted = string.Join(' ', parse.GetValue(name) ?? []);
            using var vault = IndexedVault.Open(context, context.VaultPath(parse));
            if (vault is null)
            {
                return ExitCodes.Failed;
            }

            if (EntityArgument.Resolve(context, vault.Index, wanted, "person or account") is not { } entity)
            {
                return ExitCodes.Failed;
            }

            var brief = BriefQuery.Build(vault.Index, entity, vault.Config.Owner, vault.Today(context), vault.Config.Organization.Colleagues);
            BriefWrite? saved = null;
            if (parse.GetValue(write))
            {
                var paths = new VaultPaths(vault.Root, vault.Config.Folders);
                using var run = new Committer(paths, context.Time).BeginRun();
                saved = BriefWriter.Write(vault.Index, paths, run, brief);
                run.Complete();
            }

            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, BriefJson.From(brief, saved), CliJsonContext.Default.BriefJson);
                return ExitCodes.Ok;
            }

            BriefView.Print(context.Console, brief);
            if (saved is not null)
            {
                context.Stdout.WriteLine();
                context.Stdout.WriteLine($"{(saved.Written ? "wrote" : "unchanged")}: {saved.Path}{(saved.Linked ? $" (linked from {entity.Path})" : string.Empty)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
