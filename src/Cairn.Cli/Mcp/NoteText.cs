namespace Cairn.Cli.Mcp;

/// <summary>The <c>get_note</c> answer: a note's vault path and its Markdown, frontmatter included.</summary>
internal sealed record NoteText(string Path, string Text);
