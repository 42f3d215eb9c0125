namespace Cairn.Commit;

/// <summary>The merged note text and how many places Cairn's new text was offered in a callout instead of applied.</summary>
public sealed record MergeResult(string Text, int Suggestions);
