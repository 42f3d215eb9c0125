using System.CommandLine;
using System.Globalization;
using Cairn.Cli.Output;
using Cairn.Cli.Providers;
using Cairn.Cli.VaultAccess;
using Cairn.Commit;
using Cairn.Extraction;
using Cairn.Extraction.Offline;
using Cairn.Resolution;
using Cairn.Ingest;
using Cairn.Sources;
using Cairn.Vault;
using Spectre.Console;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn extract FILE</c>: what Cairn would take from one source, without writing anything.</summary>
public sealed class ExtractCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The source file (txt, md, vtt, srt, docx, eml, json)" };
        var extractor = new Option<string?>("--extractor") { Description = "offline or llm (default: extractor: in .cairn/config.yaml, else offline)" };
        extractor.AcceptOnlyFromAmong("offline", "llm");
        var owner = new Option<string?>("--owner") { Description = "The vault owner's full name (default: owner in .cairn/config.yaml, else Me)" };
        var command = new Command("extract", "Show what Cairn would take from one source: summary, tasks, decisions, facts, entities");
        command.Arguments.Add(file);
        command.Options.Add(extractor);
        command.Options.Add(owner);
        command.SetAction(async (parse, token) =>
        {
            var vault = context.VaultPath(parse);
            if (CliVault.Open(context, vault)?.Config is not { } config)
            {
                return ExitCodes.Failed;
            }

            // The model is checked before the source is read: a missing key or a refusing server is one line, exit 2.
            using var llm = ExtractorChoice.IsLlm(parse.GetValue(extractor), config) ? await ExtractorChoice.ConnectAsync(context, config, token) : null;
            var path = parse.GetValue(file)!;
            var read = SourceReader.ReadFile(path, config.ReaderOptions);
            if (read.Document is not { } document)
            {
                context.Error($"{path}: {read.Error!.Problem}");
                return ExitCodes.Failed;
            }

            var ownerName = parse.GetValue(owner) ?? config.OwnerName;
            // What ingest would know: the vault's People and Companies notes with their aliases, the owner, the organization.
            var paths = new VaultPaths(vault, config.Folders);
            var entities = VaultKnowledge.Entities(paths, config, ownerName);
            var extractContext = VaultKnowledge.ContextFor(entities, config, ownerName);
            MeetingExtract extract;
            if (llm is null)
            {
                extract = new HeuristicExtractor().Extract(document, extractContext);
            }
            else
            {
                // The vault's state.db, when it has one, serves and keeps the replies, as ingest's do.
                var db = Path.Combine(vault, VaultLayout.StateDatabase);
                using var state = File.Exists(db) ? StateStore.Open(db, context.Time) : null;
                try
                {
                    extract = await ExtractorChoice.Llm(llm, config.Llm!, state, refresh: false).ExtractAsync(document, extractContext, token);
                }
                catch (ExtractionFailedException ex)
                {
                    context.Error($"{path}: {ex.Message}");
                    return ExitCodes.Failed;
                }
            }

            // The names as ingest writes them: a note's title for an alias, one company for "Initech" and "Initech Systems".
            extract = ExtractResolver.Resolve(extract, entities, ownerName);
            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, ExtractView.From(extract), CliJsonContext.Default.ExtractView);
            }
            else
            {
                Render(context.Console, extract);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, MeetingExtract e)
    {
        console.MarkupLine($"[bold]{Markup.Escape(e.Title)}[/]");
        console.MarkupLine($"{e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · {EnumName.Of(e.Type)}{(e.Account is null ? string.Empty : " · " + Markup.Escape(e.Account))}");
        console.MarkupLine($"[bold]Attendees[/]: {Markup.Escape(string.Join(", ", e.Participants))}");
        console.MarkupLine($"\n[bold]Summary[/]\n{Markup.Escape(e.Summary)}");
        Section(console, "Action items", e.ActionItems.Select(a =>
            $"{a.Text} @{a.Owner ?? "(no owner)"}{(a.Due is { } d ? " due " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)}{(a.Priority == Cairn.Notes.TaskPriority.None ? string.Empty : " [" + EnumName.Of(a.Priority) + "]")}\n    \"{a.Evidence.Quote}\" ({a.Evidence.Speaker})"));
        Section(console, "Decisions", e.Decisions.Select(d => d.Text));
        Section(console, "Key facts", e.KeyFacts.Select(f => f.Text));
        Section(console, "Entities", e.Entities.Select(x => $"{x.Name} ({EnumName.Of(x.Kind)}){(x.Aliases.Count > 0 ? " aka " + string.Join(", ", x.Aliases) : string.Empty)}"));
        if (e.Topics.Count > 0)
        {
            console.MarkupLine($"\n[bold]Topics[/]: {Markup.Escape(string.Join(", ", e.Topics))}");
        }
    }

    private static void Section(IAnsiConsole console, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        console.MarkupLine($"\n[bold]{title}[/] ({list.Count})");
        foreach (var line in list)
        {
            console.MarkupLine("- " + Markup.Escape(line));
        }
    }
}
