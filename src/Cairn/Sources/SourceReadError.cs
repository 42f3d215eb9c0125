namespace Cairn.Sources;

/// <summary>Why a source could not be read: the file and a one-line reason a user can act on.</summary>
public sealed record SourceReadError(string FileName, string Problem)
{
    public override string ToString() => $"{FileName}: {Problem}";
}
