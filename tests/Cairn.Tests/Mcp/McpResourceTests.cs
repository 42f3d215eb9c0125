using Cairn.Tests.Fakes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Cairn.Tests.Mcp;

/// <summary>Notes as resources, the templates, and <c>--read-only</c>, through the SDK's client in-process.</summary>
public sealed class McpResourceTests : IDisposable
{
    private readonly TestVault vault = TestVault.Standard();

    public void Dispose() => vault.Dispose();

    [Fact]
    public async Task Notes_are_listed_and_read_by_their_uri()
    {
        await using var mcp = await McpHarness.StartAsync(vault.Root);

        var resources = await mcp.Client.ListResourcesAsync();
        var priya = Assert.Single(resources, r => r.Name == TestVault.Priya);
        Assert.Equal("cairn://note/People/Priya%20Raman.md", priya.Uri);
        Assert.Equal(7, resources.Count);

        var read = await mcp.Client.ReadResourceAsync(priya.Uri);
        Assert.Equal(vault.Read(TestVault.Priya), Assert.IsType<TextResourceContents>(Assert.Single(read.Contents)).Text);
    }

    [Fact]
    public async Task A_large_vault_is_listed_in_pages()
    {
        for (var i = 0; i < 1200; i++)
        {
            vault.Write($"Notes/{i:0000}.md", $"# Note {i}\n");
        }

        await using var mcp = await McpHarness.StartAsync(vault.Root);
        var first = await mcp.Client.ListResourcesAsync(new ListResourcesRequestParams());
        var all = await mcp.Client.ListResourcesAsync();

        Assert.Equal(500, first.Resources.Count);
        Assert.NotNull(first.NextCursor);
        Assert.Equal(1207, all.Count);
        Assert.Equal(all.Count, all.Select(r => r.Uri).Distinct().Count());
    }

    [Fact]
    public async Task The_entity_template_reads_a_note_by_name_or_alias()
    {
        await using var mcp = await McpHarness.StartAsync(vault.Root);

        var templates = await mcp.Client.ListResourceTemplatesAsync();
        Assert.Contains("cairn://entity/{name}", templates.Select(t => t.UriTemplate));

        var read = await mcp.Client.ReadResourceAsync("cairn://entity/Acme%20Corp");
        Assert.Equal(vault.Read("Companies/Acme.md"), Assert.IsType<TextResourceContents>(Assert.Single(read.Contents)).Text);
        Assert.Equal("cairn://note/Companies/Acme.md", read.Contents[0].Uri);
    }

    [Theory]
    [InlineData("cairn://note/People/Nobody.md", "no such note")]
    [InlineData("cairn://note/..%2F..%2Fetc%2Fpasswd", "'..' segment")]
    [InlineData("cairn://note/%2Fetc%2Fpasswd", "only vault-relative paths")]
    [InlineData("cairn://entity/Nobody", "no person, company or project named 'Nobody'")]
    [InlineData("file:///etc/passwd", "unknown resource")]
    public async Task Unknown_or_escaping_resources_are_errors_with_a_reason(string uri, string message)
    {
        await using var mcp = await McpHarness.StartAsync(vault.Root);

        var error = await Assert.ThrowsAsync<McpProtocolException>(() => mcp.Client.ReadResourceAsync(uri).AsTask());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(McpErrorCode.ResourceNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task Read_only_hides_the_writing_tools_and_refuses_them()
    {
        await using var mcp = await McpHarness.StartAsync(vault.Root, readOnly: true);
        var before = vault.Read(TestVault.GlobexCall);

        var tools = await mcp.Client.ListToolsAsync();
        Assert.DoesNotContain(tools, t => t.Name is "complete_task" or "ingest_text");
        Assert.Equal(7, tools.Count);
        Assert.All(tools, t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint));

        var refused = await Assert.ThrowsAsync<McpProtocolException>(() => mcp.CallAsync("complete_task", new() { ["file"] = TestVault.GlobexCall, ["line"] = 25 }));
        Assert.Contains("complete_task", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, vault.Read(TestVault.GlobexCall));
        Assert.False(Directory.Exists(vault.Dir.Combine("Inbox")));
    }
}
