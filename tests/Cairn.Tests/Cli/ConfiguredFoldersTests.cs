using Cairn.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Cli;

/// <summary>Briefs, dashboards and saved answers go to the folders config.yaml names, as every other note does.</summary>
public sealed class ConfiguredFoldersTests : IDisposable
{
    private readonly TempDirectory dir = new();
    private readonly FakeTimeProvider time = new(DemoVaultFixture.Monday);

    public ConfiguredFoldersTests() => Assert.Equal(0, CliRunner.Run(time, "demo", dir.Path).ExitCode);

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Brief_pipeline_and_ask_write_where_the_config_says()
    {
        var config = Path.Combine(dir.Path, ".cairn", "config.yaml");
        var text = File.ReadAllText(config);
        Assert.Contains("  briefs: \"Briefs\"\n", text, StringComparison.Ordinal);
        File.WriteAllText(config, text.Replace("  briefs: \"Briefs\"\n  dashboards: \"Dashboards\"\n  answers: \"Answers\"\n", "  briefs: \"Notes/Briefs\"\n  dashboards: \"Views\"\n  answers: \"Notes/Answers\"\n", StringComparison.Ordinal));

        Assert.Equal(0, CliRunner.Run(time, "brief", "Marcus Lee", "--write", "--vault", dir.Path).ExitCode);
        Assert.Equal(0, CliRunner.Run(time, "pipeline", "--write", "--vault", dir.Path).ExitCode);
        Assert.Equal(0, CliRunner.Run(time, "ask", "What do I owe Hannah?", "--write", "--vault", dir.Path).ExitCode);

        Assert.True(File.Exists(Path.Combine(dir.Path, "Notes", "Briefs", "2025-11-24 - Brief Marcus Lee.md")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "Views", "Pipeline.md")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "Views", "Tasks.md")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "Notes", "Answers", "2025-11-24 - What do I owe Hannah.md")));
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "Briefs")));
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "Dashboards")));
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "Answers")));
        Assert.Contains("[[2025-11-24 - Brief Marcus Lee]]", File.ReadAllText(Path.Combine(dir.Path, "People", "Marcus Lee.md")), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run(time, "check", "--vault", dir.Path).ExitCode);
    }
}
