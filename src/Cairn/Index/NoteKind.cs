namespace Cairn.Index;

/// <summary>What a note is to the queries: a meeting (or email/call) note, an entity note, or anything else.</summary>
public enum NoteKind
{
    Other,
    Meeting,
    Entity,
}
