using System.Text.RegularExpressions;

namespace Cairn.Tests.Architecture;

/// <summary>The library references only packages its code uses: a package nothing imports is weight every install carries.</summary>
public sealed partial class PackageReferenceTests
{
    // Packages used without an import of their own namespace, each with its reason.
    private static readonly Dictionary<string, string> UsedWithoutImport = new(StringComparer.Ordinal)
    {
        ["Microsoft.ML.Tokenizers.Data.O200kBase"] = "the o200k vocabulary TiktokenTokenizer loads by name",
        ["Microsoft.CodeAnalysis.BannedApiAnalyzers"] = "an analyzer: BannedSymbols.txt",
    };

    [Fact]
    public void Every_package_of_the_library_is_imported_by_its_code()
    {
        var root = DependencyDirectionTests.LibraryRoot();
        var packages = PackageReference().Matches(File.ReadAllText(Path.Combine(root, "Cairn.csproj"))).Select(m => m.Groups[1].Value).ToList();
        var imports = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Using().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        var unused = packages
            .Where(p => !UsedWithoutImport.ContainsKey(p) && !imports.Any(ns => ns == p || ns.StartsWith(p + ".", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(packages);
        Assert.Empty(unused);
    }

    [GeneratedRegex(@"<PackageReference Include=""([^""]+)""")]
    private static partial Regex PackageReference();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?([A-Za-z][\w.]*)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();
}
