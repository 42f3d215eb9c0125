using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

public sealed class VersionCommandTests
{
    [Fact]
    public void Prints_a_version_and_exits_zero()
    {
        var result = CliRunner.Run("version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
    }

    [Fact]
    public void Unknown_verb_is_a_usage_error()
    {
        var result = CliRunner.Run("frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error:", result.Stderr);
    }
}
