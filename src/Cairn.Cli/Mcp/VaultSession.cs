using Cairn.Cli.Watching;
using Cairn.Index;
using Cairn.Vault;
using ModelContextProtocol;

namespace Cairn.Cli.Mcp;

/// <summary>
/// The vault as the MCP server holds it between calls: its config, paths and one open index. Calls take turns
/// (one SQLite connection serves them all) and each first re-indexes what changed on disk since the last one,
/// so an answer matches the Markdown as it is now, whoever edited it. Like <c>cairn watch</c>, the server keeps the
/// index for queries in other processes too (<see cref="WatchedIndex"/>) when no other process does already.
/// </summary>
internal sealed class VaultSession : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly NoteWatch watch;
    private IDisposable? keeping;
    private readonly Action<string> log;
    private bool recoveryTold;

    private VaultSession(string root, CairnConfig config, VaultIndex index, TimeProvider time, Action<string> log)
    {
        Root = root;
        Config = config;
        Paths = new VaultPaths(root, config.Folders);
        Index = index;
        Time = time;
        this.log = log;
        try
        {
            WatchedIndex.PrepareSyncFolder(root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only .cairn: the server still answers its own calls; other processes walk.
            log($"cannot keep the index for other processes ({ex.Message})");
        }

        watch = new NoteWatch(root, config.Folders.Inbox, log, Answer);
    }

    public string Root { get; }

    public CairnConfig Config { get; }

    public VaultPaths Paths { get; }

    public VaultIndex Index { get; }

    public TimeProvider Time { get; }

    public DateOnly Today => DateOnly.FromDateTime(Time.GetLocalNow().DateTime);

    /// <summary>The vault at <paramref name="root"/>, or an exception whose message says why not.</summary>
    public static VaultSession Open(string root, TimeProvider time, Action<string> log)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"no vault at {root}");
        }

        var loaded = ConfigLoader.LoadVault(root);
        if (loaded.Error is not null)
        {
            log($"warning: {loaded.Error}");
        }

        var config = loaded.Config ?? CairnConfig.Default;
        return new VaultSession(Path.GetFullPath(root), config, VaultIndex.Open(root, config.Folders, time), time, log);
    }

    /// <summary>Runs <paramref name="call"/> on a fresh index, one call at a time.</summary>
    public Task<T> RunAsync<T>(Func<VaultSession, T> call, CancellationToken token) =>
        RunAsync(session => Task.FromResult(call(session)), token);

    /// <summary>Runs <paramref name="call"/> on a fresh index, one call at a time.</summary>
    public async Task<T> RunAsync<T>(Func<VaultSession, Task<T>> call, CancellationToken token)
    {
        await turn.WaitAsync(token).ConfigureAwait(false);
        try
        {
            Freshen();
            return await call(this).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new McpException(ex.Message, ex);
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>
    /// Brings the index up to date now (the first build of a big vault takes seconds), so the first call need not wait
    /// as long; then, the index whole and its changes heard, keeps it for queries in other processes when no other
    /// process does.
    /// </summary>
    public async Task WarmAsync(CancellationToken token)
    {
        await RunAsync(_ => true, token).ConfigureAwait(false);
        if (watch.IsWatching)
        {
            keeping = WatchedIndex.Hold(Root);
        }
    }

    public void Dispose()
    {
        watch.Dispose();
        keeping?.Dispose();
        Index.Dispose();
        turn.Dispose();
    }

    /// <summary>A query in another process asks (on the watcher's thread, after every change heard before it): catch up, then answer.</summary>
    private void Answer(string request)
    {
        if (keeping is null)
        {
            // Not the keeper (not warm yet, or another process keeps the index): the keeper answers.
            return;
        }

        try
        {
            turn.Wait();
            try
            {
                Freshen();
            }
            finally
            {
                turn.Release();
            }

            WatchedIndex.Answer(request);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or ObjectDisposedException)
        {
            // Unanswered, the query walks the vault itself after its wait.
            watch.Rescan();
            log($"could not bring the index up to date for a query in another process ({ex.Message})");
        }
    }

    private void Freshen()
    {
        var refresh = watch.Apply(Index);
        if (refresh is { Changed: true })
        {
            log($"index: {refresh.Added} added, {refresh.Updated} updated, {refresh.Removed} removed in {refresh.Elapsed.TotalMilliseconds:0} ms");
        }

        if (Index.RecoveredFrom is { } moved && !recoveryTold)
        {
            recoveryTold = true;
            log($"warning: the index database was damaged; moved it to {moved} and rebuilt the index");
        }
    }
}
