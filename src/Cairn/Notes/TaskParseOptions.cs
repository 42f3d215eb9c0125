namespace Cairn.Notes;

/// <summary>The Tasks plugin settings that change what a line means.</summary>
public sealed record TaskParseOptions
{
    public static readonly TaskParseOptions Default = new();

    /// <summary>When set, only lines whose body contains it (case-sensitive substring) are tasks, and it is not a tag of the task.</summary>
    public string? GlobalFilter { get; init; }
}
