namespace Cairn.Sources;

/// <summary>Where a source's date came from: the source itself, else its file name, else the file's time.</summary>
public enum DateOrigin
{
    Source,
    FileName,
    FileTime,
}
