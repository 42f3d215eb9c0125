using System.CommandLine;
using Cairn.Cli.Ingesting;
using Cairn.Cli.Output;
using Cairn.Ingest;

namespace Cairn.Cli.Commands;

/// <summary>
/// <c>cairn ingest [FILE...] [--dry-run] [--extractor offline|llm] [--refresh-llm]</c>: turns the Inbox (or the files named)
/// into meeting notes and entity notes. Exit 1 when any source failed.
/// </summary>
public sealed class IngestCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore, Description = "Sources to ingest (default: every file in the Inbox)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes as a diff; write nothing" };
        var extractor = new Option<string?>("--extractor") { Description = "offline or llm (default: extractor: in .cairn/config.yaml, else offline)" };
        extractor.AcceptOnlyFromAmong("offline", "llm");
        var refresh = new Option<bool>("--refresh-llm") { Description = "Ask the model again even for content whose reply state.db keeps" };
        var command = new Command("ingest", "Turn the Inbox's sources into meeting, people, company and project notes") { files, dryRun, extractor, refresh };
        command.SetAction((parse, token) => IngestFlow.RunAsync(
            context,
            new IngestRequest(context.VaultPath(parse), parse.GetValue(files) ?? [], parse.GetValue(dryRun), parse.GetValue(extractor), context.IsJson(parse)) { RefreshLlm = parse.GetValue(refresh) },
            token));
        return command;
    }
}
