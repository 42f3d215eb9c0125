namespace Cairn.Sources;

/// <summary>What a source is, which decides how the extractor reads it.</summary>
public enum SourceKind
{
    Transcript,
    Email,
    Notes,
}
