namespace Cairn.Vault;

/// <summary>One problem in <c>.cairn/config.yaml</c>, with where it is, ready to print as one line.</summary>
public sealed record ConfigError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
