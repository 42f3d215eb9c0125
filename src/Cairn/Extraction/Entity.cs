namespace Cairn.Extraction;

/// <summary>A person, company, project or product the source talks about, by its canonical name.</summary>
public sealed record Entity(string Name, EntityKind Kind, IReadOnlyList<string> Aliases);
