using System.Text.Json;
using Cairn.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Cli;

/// <summary>A vault made by <c>cairn init</c>, its notes and sources written by hand, asked through <c>cairn ask --json</c> on a fixed day.</summary>
internal sealed class AskVault : IDisposable
{
    private readonly DateTimeOffset today;
    private readonly TempDirectory dir = new();

    public AskVault(DateTimeOffset today)
    {
        this.today = today;
        Assert.Equal(0, CliRunner.Run("init", "--vault", dir.Path).ExitCode);
    }

    public string Path => dir.Path;

    /// <summary>Writes a file at a vault-relative path, making its folders.</summary>
    public void Write(string path, string text)
    {
        var full = System.IO.Path.Combine(dir.Path, path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>The answer's JSON; the run must succeed.</summary>
    public JsonElement Ask(string question)
    {
        var result = CliRunner.Run(new FakeTimeProvider(today), "ask", question, "--vault", dir.Path, "--json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    public void Dispose() => dir.Dispose();
}
