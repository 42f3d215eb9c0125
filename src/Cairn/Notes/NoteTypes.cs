namespace Cairn.Notes;

/// <summary>
/// The <c>type</c> values of entity notes: what Cairn writes, and every spelling it reads as the same kind
/// (a person may type <c>person</c> or <c>companies</c> by hand).
/// </summary>
public static class NoteTypes
{
    public const string Person = "people";
    public const string Company = "company";
    public const string Project = "project";

    /// <summary>Every <c>type</c> value read as an entity note, lower case.</summary>
    public static readonly IReadOnlyList<string> EntityValues = ["people", "person", "company", "companies", "account", "project", "projects"];

    /// <summary><c>person</c>, <c>company</c> or <c>project</c> for an entity type value (any case, trimmed), else null.</summary>
    public static string? EntityKindOf(string? type) => type?.Trim().ToLowerInvariant() switch
    {
        "people" or "person" => "person",
        "company" or "companies" or "account" => "company",
        "project" or "projects" => "project",
        _ => null,
    };

    public static bool IsEntity(string? type) => EntityKindOf(type) is not null;
}
