using System.CommandLine;
using Cairn.Vault;

namespace Cairn.Cli.Commands;

/// <summary>Opening an existing vault for a command that reads or reverts its journal.</summary>
internal static class VaultCommand
{
    /// <summary>The vault's paths (folders from its config), or null after printing why it cannot be used.</summary>
    public static VaultPaths? Open(CliContext context, ParseResult parse)
    {
        var root = context.VaultPath(parse);
        if (!VaultRoot.IsVault(root))
        {
            context.Error($"{root} is not a Cairn vault (no {VaultLayout.StateFolder}/); run cairn init there first");
            return null;
        }

        var config = ConfigLoader.LoadVault(root);
        if (config.Error is not null)
        {
            context.Error(config.Error.ToString());
            return null;
        }

        return new VaultPaths(root, config.Config!.Folders);
    }
}
