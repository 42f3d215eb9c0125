using Cairn.Tests.Fakes;
using Cairn.Vault;

namespace Cairn.Tests.Cli;

public sealed class InitCommandTests
{
    [Fact]
    public void Makes_the_layout_and_a_config_then_does_nothing_the_second_time()
    {
        using var temp = new TempDirectory();
        var first = CliRunner.Run("init", "--vault", temp.Path, "--owner", "Jane Doe");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("created Inbox/_archive/", first.Stdout);
        Assert.Contains("created .cairn/config.yaml", first.Stdout);
        foreach (var folder in new[] { "Inbox", "Inbox/_archive", "Inbox/_failed", "Meetings", "People", "Companies", "Projects", ".cairn" })
        {
            Assert.True(Directory.Exists(temp.Combine(folder)), folder);
        }

        Assert.Equal("Jane Doe", ConfigLoader.LoadVault(temp.Path).Config!.Owner);
        var config = File.ReadAllText(temp.Combine(".cairn", "config.yaml"));

        var second = CliRunner.Run("init", "--vault", temp.Path);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("nothing to do", second.Stdout);
        Assert.Equal(config, File.ReadAllText(temp.Combine(".cairn", "config.yaml")));
    }

    [Fact]
    public void Json_lists_what_was_made()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run("init", "--vault", temp.Path, "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"created\"", result.Stdout);
        Assert.Contains("\".cairn/config.yaml\"", result.Stdout);
    }

    [Fact]
    public void A_broken_config_is_reported_with_its_line()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine(".cairn"));
        File.WriteAllText(temp.Combine(".cairn", "config.yaml"), "owner: x\nextractor: magic\n");
        var result = CliRunner.Run("init", "--vault", temp.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: .cairn/config.yaml:2: extractor", result.Stderr);
    }
}
