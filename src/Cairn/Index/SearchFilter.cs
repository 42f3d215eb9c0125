namespace Cairn.Index;

/// <summary>The filters of <c>cairn search</c> (and of the notes <c>cairn ask</c> reads): note type (frontmatter <c>type</c>), account, notes dated on or after a day and on or before one, and how many results.</summary>
public sealed record SearchFilter
{
    public string? Type { get; init; }

    public string? Account { get; init; }

    public DateOnly? Since { get; init; }

    public DateOnly? Until { get; init; }

    public int Limit { get; init; } = 20;
}
