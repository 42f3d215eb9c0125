using System.Text.RegularExpressions;

namespace Cairn.Tests.Architecture;

/// <summary>The CLI's folders say what their files are: the JSON shapes and terminal views in Output/, the verbs alone in Commands/.</summary>
public sealed partial class CliLayoutTests
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

    // A verb's plumbing (opening a vault, the ingest run, the watch loop) lives in a folder named for it, not among the verbs.
    [Fact]
    public void Commands_holds_the_verbs_alone()
    {
        var commands = Path.Combine(Path.GetDirectoryName(DependencyDirectionTests.LibraryRoot())!, "Cairn.Cli", "Commands");
        var others = Directory.EnumerateFiles(commands, "*.cs").Select(Path.GetFileName).OfType<string>().Where(name => !name.EndsWith("Command.cs", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(Directory.EnumerateFiles(commands, "*Command.cs"));
        Assert.Empty(others);
    }

    // One named record per JSON shape (Output/): an anonymous object is a second, unnamed copy of a shape.
    [Fact]
    public void The_cli_writes_no_anonymous_objects()
    {
        var cli = Path.Combine(Path.GetDirectoryName(DependencyDirectionTests.LibraryRoot())!, "Cairn.Cli");
        var offenders = Directory.EnumerateFiles(cli, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => AnonymousObject().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(cli, f))
            .ToList();

        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(cli, "Output"), "*Json.cs"));
        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\bnew\s*\{")]
    private static partial Regex AnonymousObject();
}
