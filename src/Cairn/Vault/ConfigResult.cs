namespace Cairn.Vault;

/// <summary>What loading the config gave: the settings, or the one problem that stopped it.</summary>
public sealed record ConfigResult(CairnConfig? Config, ConfigError? Error)
{
    public static ConfigResult Ok(CairnConfig config) => new(config, null);

    public static ConfigResult Failed(ConfigError error) => new(null, error);
}
