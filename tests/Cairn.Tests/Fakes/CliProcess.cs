using System.Diagnostics;

namespace Cairn.Tests.Fakes;

/// <summary>
/// Runs the built <c>cairn</c> as its own process with stdout and stderr redirected, as a pipe or a file would,
/// and with a colour terminal announced (TERM), so any escape code the console would print shows up.
/// </summary>
internal static class CliProcess
{
    public static CliResult Run(params string[] args)
    {
        var start = StartInfo(args);
        start.Environment["TERM"] = "xterm-256color";
        start.Environment["COLORTERM"] = "truecolor";
        start.Environment.Remove("NO_COLOR");
        start.Environment.Remove("COLUMNS");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// The built <c>cairn</c> with <paramref name="args"/>, its output redirected, and no <c>CAIRN_VAULT</c> of the test
    /// run's own. <c>CAIRN_TEST_BINARY</c>, when set, names a published executable to run instead (a native or
    /// ReadyToRun release): the tests that start a process then check that build as a user runs it (CONTRIBUTING.md).
    /// </summary>
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var published = Environment.GetEnvironmentVariable("CAIRN_TEST_BINARY") is { Length: > 0 } binary ? binary : null;
        var start = new ProcessStartInfo(published ?? Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (published is null)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cairn.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("CAIRN_VAULT");
        return start;
    }
}
