using Cairn.Extraction;

namespace Cairn.Resolution;

/// <summary>
/// The vault's people, companies and projects by every name they go by (title, file stem, aliases), and for
/// people also by a first name that only one of them has. Lookups ignore case, as Obsidian's links do.
/// </summary>
public sealed class EntityDirectory
{
    private readonly Dictionary<string, KnownNote> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, KnownNote?> byFirstName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<KnownNote> notes = [];

    public EntityDirectory(IEnumerable<KnownNote> known)
    {
        foreach (var note in known)
        {
            Add(note);
        }
    }

    public IReadOnlyList<KnownNote> Notes => notes;

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

        if (note.Kind == EntityKind.Person && note.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts)
        {
            byFirstName[parts[0]] = byFirstName.ContainsKey(parts[0]) ? null : note;
        }
    }

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

        return !key.Contains(' ', StringComparison.Ordinal) && byFirstName.TryGetValue(key, out var person) ? person : null;
    }

    /// <summary>What the extractor may know: the owner and every known person and company with its aliases.</summary>
    public ExtractionContext ContextFor(string ownerName, DateOnly? meetingDate = null) => new(
        ownerName,
        notes.Where(n => n.Kind is EntityKind.Person or EntityKind.Company)
            .Select(n => new KnownEntity(n.Title, n.Kind, n.Aliases))
            .ToList(),
        meetingDate);
}
