namespace Cairn.Queries;

/// <summary>One thing wrong in a note: the vault-relative file, the 1-based line (0 for the whole file), and one line saying what.</summary>
public sealed record CheckProblem(string File, int Line, CheckSeverity Severity, string Problem);
