using Cairn.Cli.Ingesting;
using Cairn.Cli.Output;
using Cairn.Cli.VaultAccess;
using Cairn.Cli.Watching;
using Cairn.Index;
using Cairn.Ingest;
using Cairn.Vault;
using Microsoft.Data.Sqlite;

namespace Cairn.Cli.Watching;

/// <summary>
/// The loop behind <c>cairn watch</c>: feeds watcher events and Inbox scans to an <see cref="InboxWatch"/>, ingests
/// each batch it releases (one at a time, through the same flow as <c>cairn ingest FILE...</c>), prints a line per
/// source and re-indexes the notes written. Stops between batches once <c>token</c> is cancelled: a batch in
/// progress always finishes, so the vault is never left half-written.
/// </summary>
internal sealed class WatchLoop(CliContext context, WatchOptions options)
{
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(50);

    /// <param name="clock">Drives settling and waiting; tests pass a fake one.</param>
    /// <param name="batchProcessed">Called after each batch is ingested and reported.</param>
    public async Task<int> RunAsync(TimeProvider clock, Action<IngestReport>? batchProcessed, CancellationToken token)
    {
        if (CliVault.Open(context, options.Vault)?.Config is not { } config)
        {
            return ExitCodes.Failed;
        }

        var inbox = Path.Combine(options.Vault, config.Folders.Inbox);
        if (!Directory.Exists(inbox))
        {
            context.Error($"{options.Vault} has no {config.Folders.Inbox}/ folder: run `cairn init` there first, or pass --vault");
            return ExitCodes.Failed;
        }

        if (!options.Json)
        {
            context.Stdout.WriteLine($"Watching {config.Folders.Inbox}/ (a file is ingested once it has not changed for {options.Settle.TotalSeconds:0.###} s); Ctrl+C stops.");
        }

        // While the watch runs it also keeps the index fresh, so queries in other processes skip their vault walk.
        using var keeper = options.UseFileWatcher ? IndexKeeper.Start(options.Vault, config.Folders, context.Time, context.Warn) : null;
        var watch = new InboxWatch(clock, options.Settle);
        using var watcher = options.UseFileWatcher ? new InboxWatcher(inbox) : null;
        var nextScan = clock.GetUtcNow();
        while (!token.IsCancellationRequested)
        {
            watcher?.Drain(watch);
            var now = clock.GetUtcNow();
            if (watch.RescanNeeded || now >= nextScan)
            {
                watch.Scanned(Scan(inbox));
                nextScan = now + options.Rescan;
            }
            else
            {
                Look(watch, inbox);
            }

            foreach (var batch in watch.TakeReady())
            {
                if (token.IsCancellationRequested)
                {
                    break;
                }

                if (await IngestAsync(config, inbox, batch, clock, token).ConfigureAwait(false) is { } report)
                {
                    batchProcessed?.Invoke(report);
                }
            }

            if (!await WaitAsync(clock, Until(clock, watch.NextCheck, nextScan), token).ConfigureAwait(false))
            {
                break;
            }
        }

        return ExitCodes.Ok;
    }

    private static IEnumerable<InboxFile> Scan(string inbox) =>
        new DirectoryInfo(inbox).EnumerateFiles().Select(f => new InboxFile(f.Name, f.Length, f.LastWriteTimeUtc));

    /// <summary>Looks again at each file still settling: its size and write time now, or gone.</summary>
    private static void Look(InboxWatch watch, string inbox)
    {
        foreach (var name in watch.Waiting.ToList())
        {
            var info = new FileInfo(Path.Combine(inbox, name));
            if (info.Exists)
            {
                watch.Observed(new InboxFile(name, info.Length, info.LastWriteTimeUtc));
            }
            else
            {
                watch.Removed(name);
            }
        }
    }

    private static TimeSpan Until(TimeProvider clock, DateTimeOffset? check, DateTimeOffset nextScan)
    {
        var wake = check is { } c && c < nextScan ? c : nextScan;
        var wait = wake - clock.GetUtcNow();
        return wait < MinimumWait ? MinimumWait : wait;
    }

    private static async Task<bool> WaitAsync(TimeProvider clock, TimeSpan wait, CancellationToken token)
    {
        try
        {
            await Task.Delay(wait, clock, token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// Ingests one batch; when another Cairn process holds the vault, waits and tries again (the files stay in the
    /// Inbox meanwhile). Null when the watch was stopped before the batch could run, or the run could not start.
    /// </summary>
    private async Task<IngestReport?> IngestAsync(CairnConfig config, string inbox, IReadOnlyList<string> batch, TimeProvider clock, CancellationToken token)
    {
        while (true)
        {
            var files = batch.Select(n => Path.Combine(inbox, n)).Where(File.Exists).ToList();
            if (files.Count == 0)
            {
                return null;
            }

            try
            {
                // Not the watch's token: a batch that has started finishes, so a stop never leaves half a run.
                var request = new IngestRequest(options.Vault, files, DryRun: false, Extractor: null, options.Json) { LockWait = options.LockWait, GoneIsTaken = true };
                var report = await IngestFlow.ExecuteAsync(context, request, CancellationToken.None).ConfigureAwait(false);
                if (report is not null)
                {
                    Report(report);
                    RefreshIndex(config, report);
                }

                return report;
            }
            catch (VaultLockedException ex)
            {
                context.Warn($"{ex.Message}; retrying in {options.LockRetry.TotalSeconds:0.#} s");
                if (!await WaitAsync(clock, options.LockRetry, token).ConfigureAwait(false))
                {
                    return null;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CairnUsageException)
            {
                // A file taken away mid-run, a disk error: reported, and the watch goes on with the next batch.
                context.Error(ex.Message);
                return null;
            }
        }
    }

    private void Report(IngestReport report)
    {
        foreach (var item in report.Items)
        {
            if (options.Json)
            {
                JsonOutput.WriteLine(context.Stdout, IngestItemJson.From(item), CliJsonContext.Default.IngestItemJson);
            }
            else
            {
                context.Stdout.WriteLine(IngestSummary.Line(item));
            }
        }

        context.Stdout.Flush();
    }

    /// <summary>Re-indexes just the notes the batch wrote, so queries between batches need not walk the vault.</summary>
    private void RefreshIndex(CairnConfig config, IngestReport report)
    {
        var written = report.Items.SelectMany(i => i.Notes).Where(n => n.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();
        if (written.Count == 0)
        {
            return;
        }

        try
        {
            using var index = VaultIndex.Open(options.Vault, config.Folders, context.Time);
            index.RefreshPaths(written);
        }
        catch (SqliteException ex)
        {
            // The index is a cache: the next query refreshes it from the notes anyway.
            context.Warn($"index not refreshed: {ex.Message}");
        }
    }
}
