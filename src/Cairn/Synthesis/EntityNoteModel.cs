using Cairn.Extraction;

namespace Cairn.Synthesis;

/// <summary>What an entity note (person, company, project) shows; built by <see cref="EntityNoteComposer"/>.</summary>
public sealed record EntityNoteModel(
    string Title,
    EntityKind Kind,
    IReadOnlyList<string> Aliases,
    DateOnly? LastContact,
    DateOnly Created,
    IReadOnlyList<string> RecentContext,
    IReadOnlyList<string> Profile,
    IReadOnlyList<string> OpenTasks,
    IReadOnlyList<string> KeyFacts,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> KeyDecisions,
    IReadOnlyList<NoteLinkTarget> Related)
{
    /// <summary>A person's role, company and email as sources state them (frontmatter <c>role</c>, <c>company</c>, <c>email</c>).</summary>
    public PersonDetails Details { get; init; } = PersonDetails.None;
}
