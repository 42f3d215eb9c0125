namespace Cairn.Planning;

public enum NoteChangeKind
{
    Create,
    Update,
}
