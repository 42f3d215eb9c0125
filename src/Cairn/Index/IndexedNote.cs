using Cairn.Notes;

namespace Cairn.Index;

/// <summary>Everything the index stores about one note, read from its text by <see cref="NoteIndexer"/>.</summary>
internal sealed record IndexedNote(
    string Path,
    NoteStamp Stamp,
    string Hash,
    NoteKind Kind,
    string? Type,
    string Title,
    string? Date,
    string? Account,
    string FrontmatterJson,
    string? Summary,
    string Body,
    IReadOnlyList<Wikilink> Links,
    IReadOnlyList<IndexedTask> Tasks,
    IndexedEntity? Entity,
    IReadOnlyList<NoteItem> Items);

/// <summary>A task and where it sits: the heading of its section and the wikilink targets on its line.</summary>
internal sealed record IndexedTask(TaskLine Task, string? Section, IReadOnlyList<string> Links);

/// <summary>A person, company or project note: its name, kind and aliases.</summary>
internal sealed record IndexedEntity(string Name, string Kind, string? LastContact, IReadOnlyList<string> Aliases);
