using Cairn.Index;
using Cairn.Queries;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Cairn.Cli.Mcp;

/// <summary>
/// The vault's notes as MCP resources: <c>cairn://note/&lt;path&gt;</c> (path segments URI-escaped), listed a page at a
/// time in path order, and <c>cairn://entity/{name}</c>, a template that reads a person's, company's or project's
/// note by name or alias.
/// </summary>
internal sealed class NoteResources(VaultSession vault)
{
    public const string NotePrefix = "cairn://note/";
    public const string EntityPrefix = "cairn://entity/";
    private const int PageSize = 500;

    public static string NoteUri(string path) => NotePrefix + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    public async ValueTask<ListResourcesResult> ListAsync(RequestContext<ListResourcesRequestParams> request, CancellationToken token)
    {
        var after = request.Params?.Cursor;
        var page = await vault.RunAsync(v => NoteReads.Page(v.Index, after, PageSize), token).ConfigureAwait(false);
        return new ListResourcesResult
        {
            Resources = [.. page.Select(n => new Resource { Uri = NoteUri(n.Path), Name = n.Path, Title = n.Title, MimeType = "text/markdown" })],
            NextCursor = page.Count == PageSize ? page[^1].Path : null,
        };
    }

    public ValueTask<ListResourceTemplatesResult> ListTemplatesAsync(RequestContext<ListResourceTemplatesRequestParams> request, CancellationToken token) =>
        ValueTask.FromResult(new ListResourceTemplatesResult
        {
            ResourceTemplates =
            [
                new ResourceTemplate { UriTemplate = EntityPrefix + "{name}", Name = "entity", Title = "Person, company or project note", Description = "The note of a person, company or project, by name or alias", MimeType = "text/markdown" },
                new ResourceTemplate { UriTemplate = NotePrefix + "{+path}", Name = "note", Title = "Note", Description = "Any note, by its vault-relative path", MimeType = "text/markdown" },
            ],
        });

    public async ValueTask<ReadResourceResult> ReadAsync(RequestContext<ReadResourceRequestParams> request, CancellationToken token)
    {
        var uri = request.Params?.Uri ?? string.Empty;
        (string Path, string Text) note;
        try
        {
            note = await vault.RunAsync(v => Read(v, uri), token).ConfigureAwait(false);
        }
        catch (McpException ex) when (ex is not McpProtocolException)
        {
            throw new McpProtocolException(ex.Message, McpErrorCode.ResourceNotFound);
        }

        var (path, text) = note;
        return new ReadResourceResult { Contents = [new TextResourceContents { Uri = NoteUri(path), MimeType = "text/markdown", Text = text }] };
    }

    private static (string Path, string Text) Read(VaultSession vault, string uri)
    {
        if (uri.StartsWith(NotePrefix, StringComparison.Ordinal))
        {
            var path = Uri.UnescapeDataString(uri[NotePrefix.Length..]);
            return (path, CairnTools.ReadNote(vault, path));
        }

        if (uri.StartsWith(EntityPrefix, StringComparison.Ordinal))
        {
            var entity = CairnTools.Entity(vault, Uri.UnescapeDataString(uri[EntityPrefix.Length..]));
            return (entity.Path, CairnTools.ReadNote(vault, entity.Path));
        }

        throw new McpProtocolException($"unknown resource '{uri}': Cairn serves {NotePrefix}<path> and {EntityPrefix}<name>", McpErrorCode.ResourceNotFound);
    }
}
