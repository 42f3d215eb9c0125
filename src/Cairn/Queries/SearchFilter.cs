namespace Cairn.Queries;

/// <summary>The filters of <c>cairn search</c>: note type (frontmatter <c>type</c>), account, notes dated on or after a day, and how many results.</summary>
public sealed record SearchFilter
{
    public string? Type { get; init; }

    public string? Account { get; init; }

    public DateOnly? Since { get; init; }

    public int Limit { get; init; } = 20;
}
