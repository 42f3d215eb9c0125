using System.CommandLine;
using System.Text.RegularExpressions;
using Cairn.Cli.Output;
using Cairn.Cli.VaultAccess;
using Cairn.Index;
using Cairn.Queries;
using Spectre.Console;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn search QUERY</c>: BM25-ranked full-text search with highlighted snippets.</summary>
public sealed partial class SearchCommand : ICliCommand
{
    private readonly Argument<string[]> query = new("QUERY") { Arity = ArgumentArity.OneOrMore, Description = "Words, \"a phrase\", or prefix* (all must match)" };
    private readonly Option<string?> type = new("--type") { Description = "Only notes of this type (customer, people, company, ...)" };
    private readonly Option<string?> account = new("--account") { Description = "Only notes whose account is this" };
    private readonly Option<string?> since = new("--since") { Description = "Only notes dated on or after this day (YYYY-MM-DD)" };
    private readonly Option<int> limit = new("--limit") { Description = "At most this many results (default 20)", DefaultValueFactory = _ => 20, CustomParser = WholeNumber.Of("--limit", "results") };

    public Command Build(CliContext context)
    {
        var command = new Command("search", "Full-text search across the vault") { query, type, account, since, limit };
        command.SetAction(parse =>
        {
            var filter = new SearchFilter
            {
                Type = parse.GetValue(type),
                Account = parse.GetValue(account),
                Since = DateOption.Parse("--since", parse.GetValue(since)),
                Limit = parse.GetValue(limit) is > 0 and var n ? n : throw new CairnUsageException("--limit must be a positive number"),
            };
            using var vault = IndexedVault.Open(context, context.VaultPath(parse));
            if (vault is null)
            {
                return ExitCodes.Failed;
            }

            var hits = SearchQuery.Run(vault.Index, string.Join(' ', parse.GetValue(query) ?? []), filter);
            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, hits.Select(SearchHitJson.From), CliJsonContext.Default.IEnumerableSearchHitJson);
                return ExitCodes.Ok;
            }

            if (hits.Count == 0)
            {
                context.Stdout.WriteLine("no matches");
            }

            foreach (var hit in hits)
            {
                context.Console.MarkupLine($"[bold]{Markup.Escape(hit.Title)}[/]  [grey]{Markup.Escape(hit.Path)}{(hit.Date is null ? string.Empty : " · " + hit.Date)}[/]");
                context.Console.MarkupLine("  " + Bold().Replace(Markup.Escape(hit.Snippet), "[yellow]$1[/]"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}
