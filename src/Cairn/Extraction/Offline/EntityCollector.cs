namespace Cairn.Extraction.Offline;

/// <summary>Entities found so far, one per name (case-insensitive), aliases merged.</summary>
internal sealed class EntityCollector
{
    private readonly List<(string Name, EntityKind Kind, List<string> Aliases)> items = [];

    public void Add(string name, EntityKind kind, IEnumerable<string>? aliases = null)
    {
        var trimmed = name.Trim();
        if (trimmed.Length < 2)
        {
            return;
        }

        var existing = items.FindIndex(i => i.Name.Equals(trimmed, StringComparison.OrdinalIgnoreCase)
            || i.Aliases.Contains(trimmed, StringComparer.OrdinalIgnoreCase));
        if (existing < 0)
        {
            items.Add((trimmed, kind, []));
            existing = items.Count - 1;
        }

        foreach (var alias in aliases ?? [])
        {
            var entry = items[existing];
            if (!alias.Equals(entry.Name, StringComparison.OrdinalIgnoreCase) && !entry.Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
            {
                entry.Aliases.Add(alias);
            }
        }
    }

    public bool Has(string name) => items.Exists(i => i.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
        || i.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));

    public IReadOnlyList<Entity> ToList() => items.Select(i => new Entity(i.Name, i.Kind, i.Aliases.ToArray())).ToList();
}
