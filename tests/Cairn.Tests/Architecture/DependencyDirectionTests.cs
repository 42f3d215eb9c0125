using System.Text.RegularExpressions;

namespace Cairn.Tests.Architecture;

/// <summary>
/// DESIGN.md's flow runs one way: the stages from Sources to Planning are pure (no disk, no later stage),
/// and only the committer writes. These tests read the source tree, so a wrong import fails the build's tests.
/// </summary>
public sealed partial class DependencyDirectionTests
{
    private static readonly string[] PureStages = ["Sources", "Extraction", "Resolution", "Synthesis", "Planning"];

    private static readonly string[] Writers = ["Commit", "Ingest", "Index", "Queries"];

    // The one sanctioned edge in a pure stage: the reader façade checks a file's size and reads its bytes.
    private static readonly string[] SanctionedIo = ["Sources/SourceReader.cs"];

    public static TheoryData<string> PureStageNames() => new(PureStages);

    [Theory]
    [MemberData(nameof(PureStageNames))]
    public void Pure_stages_never_import_a_writing_stage(string stage)
    {
        var offenders = SourceFiles(stage)
            .SelectMany(f => CairnImports(f).Where(ns => Writers.Contains(ns)).Select(ns => $"{Rel(f)} uses Cairn.{ns}"))
            .ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(PureStageNames))]
    public void Pure_stages_never_touch_the_disk(string stage)
    {
        var offenders = SourceFiles(stage)
            .Where(f => !SanctionedIo.Contains(Rel(f)))
            .Where(f => FileSystemApi().IsMatch(File.ReadAllText(f)))
            .Select(Rel)
            .ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("Notes")]
    [InlineData("Sources")]
    public void Foundations_depend_on_no_other_stage(string stage)
    {
        var offenders = SourceFiles(stage).Where(f => CairnImports(f).Any(ns => ns != stage)).Select(Rel).ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_library_never_references_the_cli()
    {
        var offenders = Directory.EnumerateFiles(LibraryRoot(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && File.ReadAllText(f).Contains("Cairn.Cli", StringComparison.Ordinal))
            .Select(Rel)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_pure_stage_folder_exists_and_holds_code()
    {
        foreach (var stage in PureStages)
        {
            Assert.NotEmpty(SourceFiles(stage));
        }
    }

    private static IEnumerable<string> SourceFiles(string stage)
    {
        var dir = Path.Combine(LibraryRoot(), stage);
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f))
            : [];
    }

    private static IEnumerable<string> CairnImports(string file) =>
        CairnUsing().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Distinct();

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string Rel(string file) => Path.GetRelativePath(LibraryRoot(), file).Replace('\\', '/');

    private static string LibraryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cairn.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Cairn");
            }
        }

        throw new DirectoryNotFoundException("Cairn.slnx not found above the test output folder.");
    }

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?Cairn\.([A-Za-z]+)", RegexOptions.Multiline)]
    private static partial Regex CairnUsing();

    [GeneratedRegex(@"\b(?:File|Directory|FileInfo|DirectoryInfo|FileStream|DriveInfo)\s*\.\s*[A-Z]|new\s+(?:FileStream|FileInfo|DirectoryInfo|StreamWriter|StreamReader)\s*\(")]
    private static partial Regex FileSystemApi();
}
