namespace Cairn.Sources;

/// <summary>
/// The name a source is kept under once it leaves the Inbox (archive, <c>_failed/</c>, <c>_duplicates/</c>). Obsidian
/// reads every <c>.md</c> file in the vault as a note: an archived Markdown source would share its meeting note's name
/// (every <c>[[…]]</c> to the meeting ambiguous) and its <c>- [ ]</c> lines would feed the Tasks plugin and Dataview
/// a second time. So it is kept as <c>notes.md.txt</c>, a file Obsidian does not index, and read back as Markdown.
/// </summary>
public static class ArchivedName
{
    private const string Markdown = ".md";
    private const string Kept = ".md.txt";

    /// <summary><c>notes.md</c> → <c>notes.md.txt</c>; any other name as it is.</summary>
    public static string For(string name) => name.EndsWith(Markdown, StringComparison.OrdinalIgnoreCase) ? name + ".txt" : name;

    /// <summary>The name the source had in the Inbox: <c>notes.md.txt</c> → <c>notes.md</c> (how it is read and labelled).</summary>
    public static string Original(string name) => name.EndsWith(Kept, StringComparison.OrdinalIgnoreCase) ? name[..^".txt".Length] : name;

    /// <summary>The extension a numbered name goes before: <c>.md.txt</c> whole (<c>notes (2).md.txt</c>), else the last one.</summary>
    public static string ExtensionOf(string name) =>
        name.EndsWith(Kept, StringComparison.OrdinalIgnoreCase) ? name[^Kept.Length..] : Path.GetExtension(name);
}
