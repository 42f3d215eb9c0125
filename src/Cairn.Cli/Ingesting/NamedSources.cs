using Cairn.Ingest;
using Cairn.Vault;

namespace Cairn.Cli.Ingesting;

/// <summary>
/// The sources of <c>cairn ingest FILE...</c>. Cairn only ever moves what is in the Inbox: a file named anywhere
/// else (outside the vault, or elsewhere in it) is read where it is and copied into the Inbox under a free name
/// by the run's commit (journaled, so <c>undo</c> removes it), and the copy goes through the run (archived, or to
/// <c>_failed/</c>); the original is never moved or changed. A source already ingested is not copied at all.
/// </summary>
internal sealed class NamedSources
{
    private readonly Dictionary<string, string> copies = new(StringComparer.Ordinal);

    public List<string> Sources { get; } = [];

    /// <param name="goneIsTaken">An Inbox file that is gone was taken by another Cairn process: left out rather than an error.</param>
    public static NamedSources Resolve(VaultPaths paths, CairnConfig config, IReadOnlyList<string> files, bool goneIsTaken = false)
    {
        var named = new NamedSources();
        var inbox = Path.Combine(paths.Root, config.Folders.Inbox);
        foreach (var file in files)
        {
            var full = Path.GetFullPath(file);
            if (!File.Exists(full))
            {
                if (goneIsTaken && string.Equals(Path.GetDirectoryName(full), inbox, StringComparison.Ordinal))
                {
                    continue;
                }

                throw new CairnUsageException($"no such file: {file}");
            }

            if (string.Equals(Path.GetDirectoryName(full), inbox, StringComparison.Ordinal))
            {
                named.Sources.Add(paths.Relative(full));
                continue;
            }

            var target = named.FreeInboxName(paths, config, full);
            named.copies[target] = full;
            named.Sources.Add(target);
        }

        return named;
    }

    /// <summary>The run reads each original where it is; its commit makes the copy.</summary>
    public void ReadOriginals(IngestRun run)
    {
        foreach (var (inboxPath, original) in copies)
        {
            run.ReadFrom(inboxPath, original);
        }
    }

    private string FreeInboxName(VaultPaths paths, CairnConfig config, string full)
    {
        var stem = SafeName.For(Path.GetFileNameWithoutExtension(full));
        var extension = Path.GetExtension(full);
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? stem : SafeName.For($"{stem} ({n})");
            var candidate = $"{config.Folders.Inbox}/{name}{extension}";
            if (!File.Exists(paths.Resolve(candidate)) && !copies.ContainsKey(candidate))
            {
                return candidate;
            }
        }
    }
}
