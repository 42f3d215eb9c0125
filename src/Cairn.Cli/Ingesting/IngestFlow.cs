using Cairn.Cli.Output;
using Cairn.Cli.Providers;
using Cairn.Cli.VaultAccess;
using Cairn.Commit;
using Cairn.Extraction;
using Cairn.Extraction.Offline;
using Cairn.Ingest;
using Cairn.Sources;
using Cairn.Vault;
using Spectre.Console;

namespace Cairn.Cli.Ingesting;

/// <summary>The ingest pipeline as the CLI runs it: load config, plan with progress, commit (or diff), report.</summary>
internal static class IngestFlow
{
    public static async Task<int> RunAsync(CliContext context, IngestRequest request, CancellationToken token)
    {
        var outcome = await ExecuteAsync(context, request, token).ConfigureAwait(false);
        if (outcome is null)
        {
            return ExitCodes.Failed;
        }

        Report(context, request, outcome);
        return outcome.AnyFailed ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>Runs the pipeline; null (after an error line) when the vault's config cannot be read.</summary>
    public static async Task<IngestReport?> ExecuteAsync(CliContext context, IngestRequest request, CancellationToken token)
    {
        if (CliVault.Open(context, request.Vault) is not { } vault)
        {
            return null;
        }

        var (config, paths) = (vault.Config, vault.Paths);
        if (request.Files.Count == 0 && !Directory.Exists(Path.Combine(paths.Root, config.Folders.Inbox)))
        {
            context.Error($"{request.Vault} has no {config.Folders.Inbox}/ folder: run `cairn init` there first, or pass --vault");
            return null;
        }

        // The model is checked before the vault is locked or any source read: a missing key or a refusing server is one line, exit 2.
        using var llm = ExtractorChoice.IsLlm(request.Extractor, config) ? await ExtractorChoice.ConnectAsync(context, config, token).ConfigureAwait(false) : null;

        // A run holds the lock from before it lists the Inbox until its last write, so no other process can take a
        // source it planned; and the repair of a crashed run (which can move a source back) comes before the listing.
        using var vaultLock = request.DryRun ? null : VaultLock.Acquire(paths.Root, request.LockWait, context.Warn);
        if (vaultLock is not null)
        {
            new Committer(paths, context.Time, context.FileSystem, held: vaultLock).Recover();
        }

        var named = request.Files.Count > 0 ? NamedSources.Resolve(paths, config, request.Files, request.GoneIsTaken) : null;
        var sources = named?.Sources ?? InboxSources(context, paths, config);
        var options = config.ReaderOptions;

        // A dry run takes no lock and creates nothing: it reads state.db only when there is one (see docs/ingest.md).
        var db = Path.Combine(paths.Root, VaultLayout.StateDatabase);
        using var state = !request.DryRun || File.Exists(db) ? StateStore.Open(db, context.Time) : null;
        var extractor = llm is null ? new HeuristicExtractor() : ExtractorChoice.Llm(llm, config.Llm!, state, request.RefreshLlm);
        var run = new IngestRun(paths, config, config.OwnerName, extractor, (name, bytes) => SourceReader.Read(name, bytes, options), state);
        named?.ReadOriginals(run);
        var report = await PlanAsync(context, request, run, sources, state, token).ConfigureAwait(false);
        if (request.DryRun)
        {
            return report;
        }

        return run.Commit(report, context.Time, context.FileSystem, held: vaultLock);
    }

    private static List<string> InboxSources(CliContext context, VaultPaths paths, CairnConfig config)
    {
        var inbox = Path.Combine(paths.Root, config.Folders.Inbox);
        ReportFolders(context, paths, config);
        return Directory.Exists(inbox)
            ? Directory.EnumerateFiles(inbox).Where(f => InboxNames.IsSource(Path.GetFileName(f))).Select(paths.Relative).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>A folder dropped into the Inbox is not read (only files are sources): say so rather than skip it silently.</summary>
    private static void ReportFolders(CliContext context, VaultPaths paths, CairnConfig config)
    {
        var inbox = Path.Combine(paths.Root, config.Folders.Inbox);
        if (!Directory.Exists(inbox))
        {
            return;
        }

        var own = new[] { config.Folders.Archive, config.Folders.Failed, config.Folders.Duplicates }.Select(f => Path.GetFullPath(Path.Combine(paths.Root, f)));
        foreach (var folder in Directory.EnumerateDirectories(inbox).Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(folder).StartsWith('.') && !own.Contains(Path.GetFullPath(folder), StringComparer.Ordinal))
            {
                context.Warn($"{paths.Relative(folder)}/ is a folder: not read (only files in {config.Folders.Inbox}/ are ingested; move its files up or name them: cairn ingest FILE...)");
            }
        }
    }

    private static async Task<IngestReport> PlanAsync(CliContext context, IngestRequest request, IngestRun run, List<string> sources, StateStore? state, CancellationToken token)
    {
        Func<string, bool> processed = hash => state?.Processed(hash) is not null;
        if (sources.Count < 2 || request.Json || !context.IsInteractive)
        {
            return await run.PlanAsync(sources, processed, null, token).ConfigureAwait(false);
        }

        IngestReport? report = null;
        await context.Console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("ingesting", maxValue: sources.Count);
            var reporter = new Progress<string>(_ => task.Increment(1));
            report = await run.PlanAsync(sources, processed, reporter, token).ConfigureAwait(false);
            task.Value = sources.Count;
        }).ConfigureAwait(false);
        return report!;
    }

    private static void Report(CliContext context, IngestRequest request, IngestReport report)
    {
        if (request.Json)
        {
            JsonOutput.Write(context.Stdout, report.Items.Select(IngestItemJson.From), CliJsonContext.Default.IEnumerableIngestItemJson);
            return;
        }

        if (request.DryRun)
        {
            foreach (var write in report.Writes)
            {
                context.Stdout.Write(UnifiedDiff.Format(write.Path, write.Before, write.After));
            }
        }

        if (report.Items.Count == 0)
        {
            context.Stdout.WriteLine("Nothing to ingest: the Inbox is empty.");
            return;
        }

        IngestSummary.Write(context, report, request.DryRun);
    }
}
