using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cairn.Cli.Output;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Cairn.Cli.Mcp;

/// <summary>The MCP server's options: Cairn's tools (the writing ones left out when read-only) and its note resources.</summary>
internal static class CairnMcpServer
{
    public static McpServerOptions Options(VaultSession vault, bool readOnly)
    {
        var tools = new CairnTools(vault);
        var resources = new NoteResources(vault);
        var collection = new McpServerPrimitiveCollection<McpServerTool>();
        // The tools' results are Cairn's generated shapes; the protocol's own types and the arguments' primitives are the SDK's.
        var serializer = new JsonSerializerOptions(JsonOutput.Options)
        {
            WriteIndented = false,
            Encoder = JsonOutput.Encoder,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(CliJsonContext.Default, McpJsonUtilities.DefaultOptions.TypeInfoResolver),
        };
        foreach (var method in typeof(CairnTools).GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (method.GetCustomAttribute<McpServerToolAttribute>() is { } attribute && !(readOnly && CairnTools.Writes.Contains(attribute.Name!)))
            {
                collection.Add(McpServerTool.Create(method, tools, new McpServerToolCreateOptions { SerializerOptions = serializer }));
            }
        }

        return new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "cairn", Version = CairnApp.Version },
            ServerInstructions = "Cairn's vault of meeting notes, people, companies, projects and tasks (Obsidian Markdown). "
                + "Search or list first; paths and file:line in answers feed get_note and complete_task.",
            ToolCollection = collection,
            Handlers = new McpServerHandlers
            {
                ListResourcesHandler = resources.ListAsync,
                ListResourceTemplatesHandler = resources.ListTemplatesAsync,
                ReadResourceHandler = resources.ReadAsync,
            },
        };
    }
}
