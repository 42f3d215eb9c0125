namespace Cairn.Notes;

/// <summary>
/// Cairn's <c>@Owner</c> mention for the vault's owner: notes say <c>@Myself</c>, so a note reads the same
/// whoever's vault it is; lists and filters show the configured owner's name instead.
/// </summary>
public static class TaskOwner
{
    public const string Myself = "Myself";

    /// <summary><c>Myself</c> becomes the configured owner's name; without one it stays <c>Myself</c>.</summary>
    public static string? Resolve(string? owner, string? vaultOwner) =>
        owner is not null && vaultOwner is not null && string.Equals(owner, Myself, StringComparison.OrdinalIgnoreCase) ? vaultOwner : owner;
}
