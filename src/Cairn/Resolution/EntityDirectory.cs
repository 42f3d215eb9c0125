using Cairn.Extraction;

namespace Cairn.Resolution;

/// <summary>
/// The vault's people, companies and projects by every name they go by (title, file stem, aliases), and for
/// people also by a first name that only one of them has. People the current run met but that have no note yet
/// (<see cref="AddPerson"/>) count for first names too, so "Marcus" is Marcus Lee whichever source came first.
/// Lookups ignore case, as Obsidian's links do.
/// </summary>
public sealed class EntityDirectory
{
    private readonly Dictionary<string, KnownNote> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> byFirstName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<KnownNote> notes = [];

    public EntityDirectory(IEnumerable<KnownNote> known)
    {
        foreach (var note in known)
        {
            Add(note);
        }
    }

    /// <summary>Registers a note (also one planned in this run), so later sources resolve to it.</summary>
    public void Add(KnownNote note)
    {
        if (byName.ContainsKey(note.Stem))
        {
            return;
        }

        notes.Add(note);
        foreach (var name in note.Aliases.Append(note.Title).Append(note.Stem))
        {
            byName.TryAdd(name.Trim(), note);
        }

        if (note.Kind == EntityKind.Person)
        {
            AddPerson(note.Title);
        }
    }

    /// <summary>Counts a full name (a note's, or a person this run met) for first-name lookups.</summary>
    public void AddPerson(string fullName)
    {
        if (PersonName.FirstNameOf(fullName) is { } first)
        {
            var names = byFirstName.TryGetValue(first, out var found) ? found : byFirstName[first] = new(StringComparer.OrdinalIgnoreCase);
            names.Add(string.Join(' ', fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }
    }

    /// <summary>The one full name <paramref name="firstName"/> stands for, or null (no such person, or several).</summary>
    public string? FullNameFor(string firstName) =>
        byFirstName.TryGetValue(firstName.Trim(), out var names) && names.Count == 1 ? names.First() : null;

    /// <summary>True for a bare first name that several known people share: it must not become a note of its own.</summary>
    public bool IsAmbiguousFirstName(string? name) =>
        name is not null && !name.Trim().Contains(' ', StringComparison.Ordinal) && !byName.ContainsKey(name.Trim())
        && byFirstName.TryGetValue(name.Trim(), out var names) && names.Count > 1;

    /// <summary>Replaces a note's record (same stem), e.g. when a source adds aliases to it.</summary>
    public void Replace(KnownNote note)
    {
        var index = notes.FindIndex(n => string.Equals(n.Stem, note.Stem, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            Add(note);
            return;
        }

        notes[index] = note;
        foreach (var name in note.Aliases.Append(note.Title).Append(note.Stem))
        {
            byName[name.Trim()] = note;
        }
    }

    /// <summary>The note titled, named or aliased exactly <paramref name="name"/> (no first-name guess), or null.</summary>
    public KnownNote? FindExact(string? name) =>
        !string.IsNullOrWhiteSpace(name) && byName.TryGetValue(name.Trim(), out var note) ? note : null;

    /// <summary>
    /// The company note <paramref name="name"/> names, by title or alias, exactly or as the same company with or
    /// without suffix words (<see cref="CompanyName.IsSameCompany"/>: "Initech Systems" finds Initech), or null.
    /// </summary>
    public KnownNote? FindCompany(string name) =>
        FindExact(name) is { Kind: EntityKind.Company } exact ? exact
            : notes.FirstOrDefault(n => n.Kind == EntityKind.Company && n.Aliases.Append(n.Title).Any(known => CompanyName.IsSameCompany(known, name)));

    /// <summary>The note <paramref name="name"/> refers to, or null when the vault has none (or the first name is ambiguous).</summary>
    public KnownNote? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var key = name.Trim();
        if (byName.TryGetValue(key, out var note))
        {
            return note;
        }

        return !key.Contains(' ', StringComparison.Ordinal) && FullNameFor(key) is { } full && byName.TryGetValue(full, out var person) ? person : null;
    }

    /// <summary>What the extractor may know: the owner and every known person and company with its aliases.</summary>
    public ExtractionContext ContextFor(string ownerName) => new(
        ownerName,
        notes.Where(n => n.Kind is EntityKind.Person or EntityKind.Company)
            .Select(n => new KnownEntity(n.Title, n.Kind, n.Aliases))
            .ToList());
}
