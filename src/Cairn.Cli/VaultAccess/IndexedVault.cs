using Cairn.Cli.Output;
using Cairn.Index;
using Cairn.Vault;

namespace Cairn.Cli.VaultAccess;

/// <summary>
/// A vault opened for a query: its config and its index, refreshed first so answers match the Markdown as it is
/// now (edits, renames and deletions made in Obsidian included).
/// </summary>
internal sealed class IndexedVault : IDisposable
{
    private IndexedVault(string root, CairnConfig config, VaultIndex index, IndexRefresh refresh)
    {
        Root = root;
        Config = config;
        Index = index;
        LastRefresh = refresh;
    }

    public string Root { get; }

    public CairnConfig Config { get; }

    public VaultIndex Index { get; }

    public IndexRefresh LastRefresh { get; }

    /// <summary>
    /// The vault at <paramref name="root"/> with a fresh index, or null after printing why not. While <c>cairn watch</c>
    /// keeps the index fresh, it is trusted once the keeper has caught up with every change made before this call
    /// (<see cref="WatchedIndex"/>); otherwise, or with <paramref name="walk"/>, the vault is walked for changes.
    /// </summary>
    public static IndexedVault? Open(CliContext context, string root, bool rebuild = false, bool walk = false)
    {
        if (CliVault.Open(context, root, initialised: true)?.Config is not { } config)
        {
            return null;
        }

        var index = VaultIndex.Open(root, config.Folders, context.Time);
        IndexRefresh refresh;
        var keeper = rebuild || walk || index.RecoveredFrom is not null ? KeeperAnswer.NoKeeper : WatchedIndex.Sync(root, WatchedIndex.DefaultWait);
        if (keeper == KeeperAnswer.Answered)
        {
            refresh = new IndexRefresh(0, 0, 0, 0, 0, 0, TimeSpan.Zero, Rebuilt: false);
        }
        else
        {
            if (keeper == KeeperAnswer.NoAnswer)
            {
                context.Warn($"cairn watch keeps this vault's index but did not answer in {WatchedIndex.DefaultWait.TotalSeconds:0} s; looking for changes in the vault instead");
            }

            using var progress = context.IsStderrInteractive ? new IndexProgressLine(context.Stderr, context.Time) : null;
            refresh = rebuild ? index.Rebuild(progress) : index.Refresh(progress);
        }

        if (refresh.TooLarge.Count > 0)
        {
            var names = string.Join(", ", refresh.TooLarge.Take(3)) + (refresh.TooLarge.Count > 3 ? $" and {refresh.TooLarge.Count - 3} more" : string.Empty);
            context.Warn($"{refresh.TooLarge.Count} {(refresh.TooLarge.Count == 1 ? "note is" : "notes are")} over {RegularFile.NoteLimit / 1048576} MB, indexed by name only (text not searched, tasks not listed): {names}");
        }

        if (index.TemporaryFolder is not null)
        {
            context.Warn($"cannot write the index in {VaultLayout.IndexDatabase} (a read-only vault or mount?): this command built it in a temporary folder, removed when it ends");
        }

        if (index.RecoveredFrom is { } moved)
        {
            context.Warn($"the index database was damaged; moved it to {moved} and rebuilt the index");
        }

        return new IndexedVault(root, config, index, refresh);
    }

    public DateOnly Today(CliContext context) => DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime);

    public void Dispose() => Index.Dispose();
}
