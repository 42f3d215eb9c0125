using System.Xml.Linq;
using Cairn.Tests.Architecture;

namespace Cairn.Tests.Cli;

/// <summary>
/// The dotnet tool is packed per platform (ahead-of-time compiled for the machine that packs it, JIT-compiled for any
/// other), and only while packing: runtime identifiers in every restore would make `dotnet build` and `dotnet test`
/// on a fresh clone download runtime packs they never use.
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly string[] PlatformProperties = ["RuntimeIdentifier", "RuntimeIdentifiers", "ToolPackageRuntimeIdentifiers", "PublishReadyToRun", "PublishAot", "SelfContained"];

    [Fact]
    public void Platforms_are_chosen_only_while_packing()
    {
        var set = Projects().SelectMany(p => p.Descendants()).Where(e => PlatformProperties.Contains(e.Name.LocalName)).ToList();

        Assert.Contains(set, e => e.Name.LocalName == "ToolPackageRuntimeIdentifiers");
        Assert.All(set, e => Assert.Equal("'$(_IsPacking)' == 'true'", e.Parent?.Attribute("Condition")?.Value));
    }

    [Fact]
    public void Every_platform_has_a_package_to_fall_back_on()
    {
        var platforms = Projects().SelectMany(p => p.Descendants("ToolPackageRuntimeIdentifiers")).Single().Value.Split(';');

        Assert.Contains("any", platforms);
    }

    // The shipped projects and the props every project imports.
    private static IEnumerable<XDocument> Projects()
    {
        var src = Path.GetDirectoryName(DependencyDirectionTests.LibraryRoot())!;
        return new[] { Path.Combine(src, "Cairn", "Cairn.csproj"), Path.Combine(src, "Cairn.Cli", "Cairn.Cli.csproj"), Path.Combine(src, "..", "Directory.Build.props") }
            .Select(XDocument.Load);
    }
}
