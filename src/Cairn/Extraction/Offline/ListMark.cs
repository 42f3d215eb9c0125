namespace Cairn.Extraction.Offline;

/// <summary>How a line of written notes is marked: prose, a bullet, or a Markdown checkbox.</summary>
internal enum ListMark
{
    /// <summary>Prose: a paragraph, an utterance, an email's text.</summary>
    None,

    /// <summary><c>- Jason to schedule the review</c>, <c>1. …</c></summary>
    Bullet,

    /// <summary><c>- [ ] Dana: send the TCO model by Friday</c>: a task by the writer's own mark.</summary>
    OpenBox,

    /// <summary><c>- [x] …</c>: work the notes record as done, not a task to track.</summary>
    DoneBox,
}
