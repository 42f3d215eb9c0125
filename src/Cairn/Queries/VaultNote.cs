using Cairn.Notes;

namespace Cairn.Queries;

/// <summary>A note read from the vault: its vault-relative path ('/' separators) and parsed document.</summary>
public sealed record VaultNote(string Path, NoteDocument Document);
