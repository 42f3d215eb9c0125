using Cairn.Notes;

namespace Cairn.Synthesis;

/// <summary>
/// Everything a meeting note shows, already resolved: canonical names, the file stems links point to, the
/// archived source. The planner builds it; <see cref="MeetingNoteRenderer"/> turns it into text.
/// </summary>
public sealed record MeetingNoteModel(
    string Title,
    string Type,
    DateOnly Date,
    NoteLinkTarget? Account,
    IReadOnlyList<string> Participants,
    string SourceKind,
    string SourceRef,
    string Summary,
    IReadOnlyList<MeetingTask> Tasks,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<string> KeyFacts,
    IReadOnlyList<NoteLinkTarget> Related,
    IReadOnlyList<string>? OtherSources = null)
{
    /// <summary>What the meeting was about, as the extractor found it (frontmatter <c>topics</c>; left out when none).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>What extracted the meeting (<c>offline</c>, <c>llm</c>), for the frontmatter; null leaves the key out.</summary>
    public string? Extractor { get; init; }

    /// <summary>The model that extracted it, when one did.</summary>
    public string? Model { get; init; }

    /// <summary>Every archived original, <see cref="SourceRef"/> first, then later sources merged into this meeting.</summary>
    public IReadOnlyList<string> AllSources =>
        new[] { SourceRef }.Concat(OtherSources ?? []).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>A note a link points to: the file stem actually written, and the real name it stands for.</summary>
public sealed record NoteLinkTarget(string Stem, string Name);
