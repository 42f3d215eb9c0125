using System.CommandLine;
using Cairn.Cli.Ingesting;
using Cairn.Cli.Output;
using Cairn.Ingest;
using Cairn.Vault;

namespace Cairn.Cli.Commands;

/// <summary>
/// <c>cairn demo [DIR]</c>: a fresh vault (default <c>./demo-vault</c>) with the bundled sample sources in
/// its Inbox, ingested; then where to look. Refuses a folder that already holds files.
/// </summary>
public sealed class DemoCommand : ICliCommand
{
    public const string DemoOwner = "Jason Vallery";
    private const string ResourcePrefix = "demo/";

    public Command Build(CliContext context)
    {
        var dir = new Argument<string>("DIR") { Arity = ArgumentArity.ZeroOrOne, Description = "Where to build the demo vault", DefaultValueFactory = _ => "demo-vault" };
        var command = new Command("demo", "Build a demo vault from bundled sample sources and ingest them") { dir };
        command.SetAction((parse, token) => RunAsync(context, Path.GetFullPath(parse.GetValue(dir)!), context.IsJson(parse), token));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string vault, bool json, CancellationToken token)
    {
        if (Directory.Exists(vault) && Directory.EnumerateFileSystemEntries(vault).Any())
        {
            throw new CairnUsageException($"{vault} is not empty; choose a new folder for the demo vault");
        }

        var init = VaultInitializer.Init(vault, DemoOwner);
        if (init.ConfigProblem is not null)
        {
            context.Error(init.ConfigProblem.ToString());
            return ExitCodes.Failed;
        }

        var copied = CopySamples(Path.Combine(vault, VaultLayout.Default.Inbox));
        var report = await IngestFlow.ExecuteAsync(context, new IngestRequest(vault, [], false, "offline", json), token).ConfigureAwait(false);
        if (report is null)
        {
            return ExitCodes.Failed;
        }

        if (json)
        {
            JsonOutput.Write(context.Stdout, new DemoJson(vault, copied, [.. report.Items.Select(IngestItemJson.From)]), CliJsonContext.Default.DemoJson);
        }
        else
        {
            WriteHuman(context, vault, copied.Count, report);
        }

        return report.AnyFailed ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private static List<string> CopySamples(string inbox)
    {
        var assembly = typeof(DemoCommand).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var file = File.Create(Path.Combine(inbox, name[ResourcePrefix.Length..]));
            stream.CopyTo(file);
        }

        return names.Select(n => n[ResourcePrefix.Length..]).ToList();
    }

    private static void WriteHuman(CliContext context, string vault, int sources, IngestReport report)
    {
        context.Stdout.WriteLine($"Demo vault: {vault} (owner {DemoOwner}, {sources} sample sources)");
        IngestSummary.Write(context, report);
        var notes = report.Changes.Concat(report.EntityChanges).SelectMany(c => c.Notes).Select(n => n.Path).Distinct().Order(StringComparer.Ordinal).ToList();
        context.Stdout.WriteLine();
        context.Stdout.WriteLine($"{notes.Count} notes written:");
        foreach (var note in notes)
        {
            context.Stdout.WriteLine($"  {note}");
        }

        context.Stdout.WriteLine();
        // The README's next commands, as this person can run them right now.
        var cwd = Directory.GetCurrentDirectory();
        var cairn = Invocation.Prefix(AppContext.BaseDirectory, cwd);
        var at = Invocation.Folder(vault, cwd);
        context.Stdout.WriteLine("Open the folder as a vault in Obsidian, or try:");
        context.Stdout.WriteLine($"  {cairn} tasks --vault {at}");
        context.Stdout.WriteLine($"  {cairn} show \"Hannah Okafor\" --vault {at}");
        context.Stdout.WriteLine($"  {cairn} search pilot --vault {at}");
    }
}
