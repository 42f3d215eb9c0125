namespace Cairn.Notes;

/// <summary>What a line of a note is, as far as Obsidian's metadata cache is concerned.</summary>
public enum LineKind
{
    /// <summary>Ordinary Markdown: headings, list items, tasks, links and tags count here.</summary>
    Text,

    /// <summary>A frontmatter fence or a line between the fences.</summary>
    Frontmatter,

    /// <summary>A fenced code block, fences included: nothing inside counts.</summary>
    Code,

    /// <summary>Inside an HTML comment block: nothing inside counts.</summary>
    HtmlComment,

    /// <summary>Inside an Obsidian <c>%%</c> comment block: Obsidian still indexes tags and links here, but no list items or headings.</summary>
    PercentComment,
}
