using Cairn.Commit;
using Cairn.Index;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Queries;

/// <summary>
/// Writes the two dashboards through the caller's run (journaled, so <c>undo</c> reverts them), each only when its
/// bytes change, then refreshes the index for what it wrote.
/// </summary>
public static class DashboardWriter
{
    /// <summary>The vault-relative paths written (empty when both were already up to date).</summary>
    public static IReadOnlyList<string> Write(VaultIndex index, CommitRun run, VaultPaths paths, IReadOnlyList<AccountPipeline> accounts, IReadOnlyList<BriefTask> tasks, string? vaultOwner)
    {
        var written = new List<string>();
        var folder = paths.Layout.Dashboards;
        foreach (var (path, content) in new[] { ($"{folder}/{DashboardNotes.PipelineFile}", DashboardNotes.Pipeline(accounts)), ($"{folder}/{DashboardNotes.TasksFile}", DashboardNotes.Tasks(tasks, paths.Layout.Meetings, vaultOwner)) })
        {
            if (run.Write(path, AtomicFile.Utf8NoBom.GetBytes(content)))
            {
                written.Add(path);
            }
        }

        if (written.Count > 0)
        {
            index.RefreshPaths(written);
        }

        return written;
    }
}
