using Cairn.Notes;

namespace Cairn.Extraction;

/// <summary>
/// The people on the owner's side of a meeting: the owner and their colleagues (config <c>organization.colleagues</c>).
/// They are never a customer's people, never an account, and their presence says nothing about which meeting it is.
/// </summary>
public sealed record OurSide(string Owner, IReadOnlyList<string> Colleagues)
{
    /// <summary>The owner (by name or as <c>Myself</c>) or a colleague, by full name or a first name only one colleague answers to.</summary>
    public bool Includes(string? name)
    {
        var n = name?.Trim() ?? string.Empty;
        if (n.Length == 0)
        {
            return false;
        }

        if (n.Equals(Owner, StringComparison.OrdinalIgnoreCase) || n.Equals(TaskOwner.Myself, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Colleagues.Any(c => c.Equals(n, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return !n.Contains(' ', StringComparison.Ordinal) && Colleagues.Count(c => PersonName.IsFirstNameOf(n, c)) == 1;
    }
}
