using Cairn.Notes;

namespace Cairn.Queries;

/// <summary>
/// What narrows <c>cairn ask</c> beyond the question: an account, a person (already found in the vault), the days
/// (each overrides what the question says), and how many passages to keep.
/// </summary>
public sealed record AskOptions
{
    /// <summary>The default number of passages: enough to answer, few enough for a model's prompt to stay small.</summary>
    public const int DefaultLimit = 8;

    public string? Account { get; init; }

    public EntityRef? Person { get; init; }

    public DateOnly? Since { get; init; }

    public DateOnly? Until { get; init; }

    public int Limit { get; init; } = DefaultLimit;
}
