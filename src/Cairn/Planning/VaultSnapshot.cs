using Cairn.Resolution;
using Cairn.Synthesis;
using Cairn.Vault;

namespace Cairn.Planning;

/// <summary>
/// What the planner may know about the vault, handed in so planning stays free of I/O: the config and owner,
/// the entity directory, the meeting notes of a given day (for duplicates), and which paths and meeting
/// stems are taken. The caller keeps it current as plans in the same run add notes.
/// </summary>
public sealed record VaultSnapshot(
    CairnConfig Config,
    string Owner,
    EntityDirectory Entities,
    Func<DateOnly, IEnumerable<MeetingNoteView>> MeetingsOn,
    Func<string, bool> PathTaken,
    Func<string, bool> MeetingStemTaken);
