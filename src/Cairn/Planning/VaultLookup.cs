using Cairn.Notes;
using Cairn.Resolution;
using Cairn.Vault;

namespace Cairn.Planning;

/// <summary>
/// What the planner may ask about the vault, handed in so planning itself does no I/O: the config and owner,
/// the entity directory, the meeting notes of a given day (for duplicates), and which paths and meeting stems
/// are taken. Not a snapshot: the lookups answer from the run's live state (Ingest's VaultState, which reads
/// the disk and takes in each plan of the same run), so two calls may answer differently.
/// </summary>
public sealed record VaultLookup(
    CairnConfig Config,
    string Owner,
    EntityDirectory Entities,
    Func<DateOnly, IEnumerable<MeetingNoteView>> MeetingsOn,
    Func<string, bool> PathTaken,
    Func<string, bool> MeetingStemTaken);
