namespace Cairn.Notes;

/// <summary>How a frontmatter value is written: as it is, in single quotes, or in double quotes.</summary>
internal enum QuoteStyle
{
    Plain,
    Single,
    Double,
}
