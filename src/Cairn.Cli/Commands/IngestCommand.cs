using System.CommandLine;
using Cairn.Cli.Output;
using Cairn.Ingest;

namespace Cairn.Cli.Commands;

/// <summary>
/// <c>cairn ingest [FILE...] [--dry-run] [--extractor offline|llm]</c>: turns the Inbox (or the files named)
/// into meeting notes and entity notes. Exit 1 when any source failed.
/// </summary>
public sealed class IngestCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore, Description = "Sources to ingest (default: every file in the Inbox)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes as a diff; write nothing" };
        var extractor = new Option<string>("--extractor") { Description = "offline (default) or llm", DefaultValueFactory = _ => "offline" };
        extractor.AcceptOnlyFromAmong("offline", "llm");
        var command = new Command("ingest", "Turn the Inbox's sources into meeting, people, company and project notes") { files, dryRun, extractor };
        command.SetAction((parse, token) => IngestFlow.RunAsync(
            context,
            new IngestRequest(context.VaultPath(parse), parse.GetValue(files) ?? [], parse.GetValue(dryRun), parse.GetValue(extractor)!, context.IsJson(parse)),
            token));
        return command;
    }
}
