namespace Cairn.Queries;

/// <summary>Errors make <c>cairn check</c> exit 1; warnings are reported but pass.</summary>
public enum CheckSeverity
{
    Error,
    Warning,
}
