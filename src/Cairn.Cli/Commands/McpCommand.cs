using System.CommandLine;
using Cairn.Cli.Mcp;
using ModelContextProtocol.Server;

namespace Cairn.Cli.Commands;

/// <summary>
/// <c>cairn mcp [--read-only]</c>: the vault as a Model Context Protocol server on stdin/stdout for AI assistants
/// (Claude Desktop, VS Code, Cursor). Stdout carries protocol frames only; everything else goes to stderr.
/// </summary>
public sealed class McpCommand : ICliCommand
{
    private readonly Option<bool> readOnly = new("--read-only") { Description = "Serve only the tools that read; complete_task and ingest_text are not offered" };

    public Command Build(CliContext context)
    {
        var command = new Command("mcp", "Serve the vault to AI assistants over the Model Context Protocol (stdio)") { readOnly };
        command.SetAction(async (parse, token) =>
        {
            using var vault = VaultSession.Open(context.VaultPath(parse), context.Time, context.Stderr.WriteLine);
            var options = CairnMcpServer.Options(vault, parse.GetValue(readOnly));
            await using var server = McpServer.Create(new StdioServerTransport(options), options);
            context.Stderr.WriteLine($"cairn mcp: serving {vault.Root}{(parse.GetValue(readOnly) ? " (read-only)" : string.Empty)}");
            // Off this thread: the first refresh of a big vault takes seconds, and the client's initialize must not wait for it.
            var warm = Task.Run(() => vault.WarmAsync(token), token);
            await server.RunAsync(token).ConfigureAwait(false);
            await warm.ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
