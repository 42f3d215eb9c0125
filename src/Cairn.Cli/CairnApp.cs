using System.CommandLine;
using System.Reflection;
using Cairn.Cli.Commands;

namespace Cairn.Cli;

/// <summary>The composition root: builds the command tree and runs it. Tests call <see cref="Run"/> directly.</summary>
public static class CairnApp
{
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("Cairn turns meeting transcripts and email into a linked Obsidian vault.");
        root.Options.Add(context.VaultOption);
        root.Options.Add(context.JsonOption);
        var commands = Verbs().Select(c => c.Build(context)).OrderBy(c => c.Name, StringComparer.Ordinal);
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>
    /// Every verb, named here rather than found by reflection: a native (AOT) build keeps only what the code names.
    /// A test holds this list to the <see cref="ICliCommand"/> types in the assembly.
    /// </summary>
    internal static IEnumerable<ICliCommand> Verbs() =>
    [
        new AskCommand(), new BriefCommand(), new CheckCommand(), new CompletionCommand(), new DemoCommand(), new DoneCommand(),
        new ExtractCommand(), new HistoryCommand(), new IndexCommand(), new IngestCommand(), new InitCommand(), new InspectCommand(),
        new McpCommand(), new PeopleCommand(), new PipelineCommand(), new RebuildCommand(), new SearchCommand(), new ShowCommand(),
        new TasksCommand(), new UndoCommand(), new VersionCommand(), new WatchCommand(),
    ];

    public static int Run(string[] args, CliContext context)
    {
        var root = BuildRoot(context);

        // `cairn` alone prints help, like git and dotnet, instead of an error about a missing command.
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        context.JsonErrors = parse.GetValue(context.JsonOption);
        var errors = UsageErrors.Describe(parse).ToList();
        if (errors.Count > 0)
        {
            foreach (var message in errors)
            {
                context.Error(message);
            }

            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = context.Stdout, Error = context.Stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CairnUsageException ex)
        {
            context.Error(ex.Message);
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ExpectedFailure.Describe(ex) is { } line)
        {
            context.Error(line);
            return ExitCodes.Failed;
        }
    }

    internal static string Version =>
        typeof(CairnApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
