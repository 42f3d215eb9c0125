using Cairn.Vault;

namespace Cairn.Cli.Output;

/// <summary><c>cairn init --json</c>: the vault, what it made and what was already there, a broken config's problem, a warning.</summary>
internal sealed record InitJson(string Vault, IReadOnlyList<string> Created, IReadOnlyList<string> Existing, string? ConfigError, string? Warning)
{
    public static InitJson From(InitResult r) => new(r.Vault, r.Created, r.Existing, r.ConfigProblem?.ToString(), r.Warning);
}
