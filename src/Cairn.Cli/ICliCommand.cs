using System.CommandLine;

namespace Cairn.Cli;

/// <summary>One verb of the command line. Every implementation is listed in <see cref="CairnApp.Verbs"/>.</summary>
public interface ICliCommand
{
    Command Build(CliContext context);
}
