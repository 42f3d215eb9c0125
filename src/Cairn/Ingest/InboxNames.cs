namespace Cairn.Ingest;

/// <summary>
/// Which Inbox names are sources. Browsers, editors and sync tools write under a temporary name and rename when
/// done, so those names are never taken; neither is anything in a subfolder (<c>_archive/</c>, <c>_failed/</c>
/// and the like: ingest reads only the Inbox itself) nor Cairn's own <c>.error.md</c> notes.
/// </summary>
public static class InboxNames
{
    private static readonly string[] PartialSuffixes = [".crdownload", ".part", ".partial", ".download", ".tmp", ".temp", "~"];

    public static bool IsSource(string name)
    {
        var normal = name.Replace('\\', '/');
        if (normal.Length == 0 || normal.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        return !normal.StartsWith('.')
            && !normal.StartsWith("~$", StringComparison.Ordinal)
            && !normal.EndsWith(".error.md", StringComparison.OrdinalIgnoreCase)
            && !PartialSuffixes.Any(s => normal.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
