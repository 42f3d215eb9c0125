using Cairn.Vault;

namespace Cairn.Cli.VaultAccess;

/// <summary>
/// A vault as every command opens it, with one policy: a folder that is not there, or (for the commands that read
/// the journal) one Cairn never initialised, is an error; so is a <c>.cairn/config.yaml</c> that cannot be read,
/// for every command alike, because a command run with default folders in place of the configured ones would
/// read or write the wrong notes. An absent config.yaml is not a problem: every key has its default.
/// </summary>
internal sealed record CliVault(string Root, CairnConfig Config)
{
    public VaultPaths Paths => new(Root, Config.Folders);

    /// <summary>The vault at <paramref name="root"/>, or null after one error line saying why it cannot be used.</summary>
    public static CliVault? Open(CliContext context, string root, bool initialised = false)
    {
        if (!Directory.Exists(root))
        {
            context.Error($"no vault at {root}");
            return null;
        }

        // A query never makes a vault: outside one it says so and writes nothing (no .cairn/ of its own).
        if (initialised && !VaultRoot.IsVault(root))
        {
            context.Error($"{root} is not a Cairn vault (no {VaultLayout.StateFolder}/ there or in a folder above); run cairn init in the vault, or pass --vault");
            return null;
        }

        var loaded = ConfigLoader.LoadVault(root);
        if (loaded.Config is not { } config)
        {
            context.Error(loaded.Error!.ToString());
            return null;
        }

        return new CliVault(root, config);
    }
}
