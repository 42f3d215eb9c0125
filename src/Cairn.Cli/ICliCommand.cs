using System.CommandLine;

namespace Cairn.Cli;

/// <summary>One verb of the command line. Every implementation in this assembly is registered by <see cref="CairnApp"/>.</summary>
public interface ICliCommand
{
    Command Build(CliContext context);
}
