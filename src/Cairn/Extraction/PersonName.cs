namespace Cairn.Extraction;

/// <summary>
/// When a bare first name stands for a full name: the one rule the extractor, the resolver, our side's
/// colleagues and <c>ask</c> use. "Marcus" is the first name of "Marcus Lee" (any case); a one-word name has none.
/// </summary>
public static class PersonName
{
    /// <summary>"Marcus" of "Marcus Lee"; null for a one-word name.</summary>
    public static string? FirstNameOf(string fullName) =>
        fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts ? parts[0] : null;

    public static bool IsFirstNameOf(string firstName, string fullName) =>
        string.Equals(FirstNameOf(fullName), firstName.Trim(), StringComparison.OrdinalIgnoreCase);
}
