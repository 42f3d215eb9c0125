namespace Cairn.Sources;

/// <summary>A person present at a meeting or on an email, with the address when the source gives one.</summary>
public sealed record Participant(string Name, string? Email = null)
{
    public string? Domain => Email is { } e && e.IndexOf('@') is var at and >= 0 ? e[(at + 1)..].ToLowerInvariant() : null;
}
