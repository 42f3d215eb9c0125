namespace Cairn.Vault;

/// <summary>
/// <c>cairn init</c>: makes the vault's folders and a commented <c>.cairn/config.yaml</c>. Running it again
/// makes only what is missing and never touches an existing config.
/// </summary>
public static class VaultInitializer
{
    public static InitResult Init(string vaultRoot, string? owner)
    {
        var created = new List<string>();
        var existing = new List<string>();
        Directory.CreateDirectory(vaultRoot);
        var configResult = ConfigLoader.LoadVault(vaultRoot);
        var layout = configResult.Config?.Folders ?? VaultLayout.Default;
        var paths = new VaultPaths(vaultRoot, layout);
        foreach (var folder in layout.Folders)
        {
            var full = paths.Resolve(folder);
            (Directory.Exists(full) ? existing : created).Add(folder + "/");
            Directory.CreateDirectory(full);
        }

        var configPath = paths.Resolve(VaultLayout.ConfigFile);
        string? warning = null;
        if (File.Exists(configPath))
        {
            existing.Add(VaultLayout.ConfigFile);
            var current = configResult.Config?.Owner;
            if (owner is not null && !string.Equals(current, owner.Trim(), StringComparison.Ordinal))
            {
                warning = $"{VaultLayout.ConfigFile} already exists and was left as it is; set owner there to change it";
            }
        }
        else
        {
            var config = CairnConfig.Default with { Owner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim() };
            AtomicFile.WriteAllText(configPath, ConfigWriter.Render(config));
            created.Add(VaultLayout.ConfigFile);
        }

        return new InitResult(paths.Root, created, existing, configResult.Error, warning);
    }
}
