namespace Cairn.Vault;

/// <summary>Which folder is a vault: one that holds <c>.cairn/</c>, found upward from where a command runs, as git finds <c>.git</c>.</summary>
public static class VaultRoot
{
    public static bool IsVault(string folder) => Directory.Exists(Path.Combine(folder, VaultLayout.StateFolder));

    /// <summary>The nearest folder at or above <paramref name="start"/> that is a vault, or null.</summary>
    public static string? Find(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (IsVault(folder.FullName))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
