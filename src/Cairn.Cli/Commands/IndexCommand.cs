using System.CommandLine;
using System.Globalization;
using Cairn.Cli.Output;
using Cairn.Cli.VaultAccess;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn index [--rebuild]</c>: refreshes the vault index and says what changed and how long it took.</summary>
public sealed class IndexCommand : ICliCommand
{
    private readonly Option<bool> rebuild = new("--rebuild") { Description = "Drop the index and build it again from every note" };

    public Command Build(CliContext context)
    {
        var command = new Command("index", "Refresh the vault index (queries refresh it too)") { rebuild };
        command.SetAction(parse =>
        {
            using var vault = IndexedVault.Open(context, context.VaultPath(parse), parse.GetValue(rebuild), walk: true);
            if (vault is null)
            {
                return ExitCodes.Failed;
            }

            var r = vault.LastRefresh;
            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, IndexJson.From(r), CliJsonContext.Default.IndexJson);
                return ExitCodes.Ok;
            }

            var ms = r.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            var what = r.Rebuilt ? "built" : r.Changed ? "refreshed" : "up to date";
            context.Stdout.WriteLine($"index {what}: {r.Added} added, {r.Updated} updated, {r.Removed} removed, {r.Renamed} renamed; {r.Total} notes in {ms} ms");
            return ExitCodes.Ok;
        });
        return command;
    }
}
