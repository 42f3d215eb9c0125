using Cairn.Extraction;

namespace Cairn.Synthesis;

/// <summary>
/// The entity a note is about: the file stem links use, its real name, kind, the aliases it is known by, and
/// when its note was first made (kept from the note's own frontmatter).
/// </summary>
public sealed record EntitySubject(string Stem, string Name, EntityKind Kind, IReadOnlyList<string> Aliases, DateOnly Created)
{
    /// <summary>True when <paramref name="name"/> is this entity's name, stem or one of its aliases.</summary>
    public bool IsNamed(string? name) =>
        !string.IsNullOrWhiteSpace(name)
        && (string.Equals(name.Trim(), Name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name.Trim(), Stem, StringComparison.OrdinalIgnoreCase)
            || Aliases.Any(a => string.Equals(name.Trim(), a, StringComparison.OrdinalIgnoreCase)));
}
