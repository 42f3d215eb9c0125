using Cairn.Queries;

namespace Cairn.Cli.Output;

/// <summary>One problem of <c>cairn check --json</c>: the file, its line (0: the whole file), error or warning, and what.</summary>
internal sealed record ProblemJson(string File, int Line, CheckSeverity Severity, string Problem)
{
    public static ProblemJson From(CheckProblem p) => new(p.File, p.Line, p.Severity, p.Problem);
}
