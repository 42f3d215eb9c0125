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

    /// <summary>The built <c>cairn</c> with <paramref name="args"/>, its output redirected, and no <c>CAIRN_VAULT</c> of the test run's own.</summary>
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cairn.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("CAIRN_VAULT");
        return start;
    }
}
