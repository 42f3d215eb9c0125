using System.Text.RegularExpressions;

namespace Cairn.Tests.Architecture;

/// <summary>
/// Every project references only packages its code uses: a package nothing imports is weight every install (or
/// every build) carries. A package counts as used when the project's code imports its namespace (a <c>using</c>,
/// a <c>global::</c> name or a project-wide <c>&lt;Using&gt;</c>).
/// </summary>
public sealed partial class PackageReferenceTests
{
    // Packages used without an import of their own namespace, each with its reason.
    private static readonly Dictionary<string, string> UsedWithoutImport = new(StringComparer.Ordinal)
    {
        ["Microsoft.ML.Tokenizers.Data.O200kBase"] = "the o200k vocabulary TiktokenTokenizer loads by name",
        ["Microsoft.CodeAnalysis.BannedApiAnalyzers"] = "an analyzer: BannedSymbols.txt",
        ["Microsoft.NET.Test.Sdk"] = "the test host dotnet test starts",
        ["xunit.runner.visualstudio"] = "the runner dotnet test finds the tests with",
    };

    // Packages whose namespace is not their name.
    private static readonly Dictionary<string, string> Namespace = new(StringComparer.Ordinal)
    {
        ["Microsoft.Extensions.AI.OpenAI"] = "OpenAI",
        ["ModelContextProtocol.Core"] = "ModelContextProtocol",
        ["Microsoft.Extensions.TimeProvider.Testing"] = "Microsoft.Extensions.Time.Testing",
        ["xunit"] = "Xunit",
    };

    public static TheoryData<string> Projects() => new(["src/Cairn/Cairn.csproj", "src/Cairn.Cli/Cairn.Cli.csproj", "tests/Cairn.Tests/Cairn.Tests.csproj", "bench/Cairn.Bench/Cairn.Bench.csproj"]);

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_package_of_a_project_is_imported_by_its_code(string project)
    {
        var file = Path.Combine(Path.GetDirectoryName(DependencyDirectionTests.LibraryRoot())!, "..", project);
        var csproj = File.ReadAllText(file);
        var packages = PackageReference().Matches(csproj).Select(m => m.Groups[1].Value).ToList();
        var imports = Directory.EnumerateFiles(Path.GetDirectoryName(file)!, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Imported().Matches(File.ReadAllText(f)).Select(m => m.Groups["ns"].Value))
            .Concat(ProjectUsing().Matches(csproj).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        var unused = packages
            .Where(p => !UsedWithoutImport.ContainsKey(p))
            .Where(p => Namespace.GetValueOrDefault(p, p) is var ns && !imports.Any(i => i == ns || i.StartsWith(ns + ".", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(packages);
        Assert.Empty(unused);
    }

    [GeneratedRegex(@"<PackageReference Include=""([^""]+)""")]
    private static partial Regex PackageReference();

    [GeneratedRegex(@"<Using Include=""([^""]+)""")]
    private static partial Regex ProjectUsing();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?<ns>[A-Za-z][\w.]*)\s*;|\bglobal::(?<ns>[A-Za-z][\w.]*)\.\w+", RegexOptions.Multiline)]
    private static partial Regex Imported();
}
