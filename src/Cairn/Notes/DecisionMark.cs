namespace Cairn.Notes;

/// <summary>
/// The ✅ before a decision in an entity note's Key Decisions (<c>- ✅ We chose the pilot. (date)</c>): the
/// composer writes it and the indexer reads the decision without it, so the mark is changed here or nowhere.
/// </summary>
public static class DecisionMark
{
    public const string Mark = "✅";

    /// <summary>A Key Decisions list item: <c>- ✅ text</c>.</summary>
    public static string Bullet(string text) => $"- {Mark} {text}";

    /// <summary>An item's text without a leading mark (also one a person typed in a meeting note's Decisions).</summary>
    public static string Strip(string text) => text.StartsWith(Mark, StringComparison.Ordinal) ? text[Mark.Length..].Trim() : text;
}
