namespace Cairn.Notes;

/// <summary>A person, company or project note found in the index: its note id, name, kind (person, company, project), path, last contact and aliases.</summary>
public sealed record EntityRef(long NoteId, string Name, string Kind, string Path, string? LastContact, IReadOnlyList<string> Aliases);
