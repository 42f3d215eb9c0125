namespace Cairn.Tests.Architecture;

/// <summary>The CLI's folders say what their files are: the JSON shapes and terminal views in Output/, the verbs and their plumbing in Commands/.</summary>
public sealed class CliLayoutTests
{
    [Fact]
    public void Views_and_json_shapes_live_in_Output()
    {
        var commands = Path.Combine(Path.GetDirectoryName(DependencyDirectionTests.LibraryRoot())!, "Cairn.Cli", "Commands");
        var views = Directory.EnumerateFiles(commands, "*.cs")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => name.EndsWith("View", StringComparison.Ordinal) || name.EndsWith("Json", StringComparison.Ordinal))
            .ToList();

        Assert.True(Directory.Exists(commands), commands);
        Assert.Empty(views);
    }
}
