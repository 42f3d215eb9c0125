using Cairn.Cli;
using Microsoft.Extensions.Time.Testing;

namespace Cairn.Tests.Fakes;

/// <summary>Runs the real command tree in-process with captured output and a pinned clock.</summary>
internal static class CliRunner
{
    public static readonly DateTimeOffset PinnedNow = new(2025, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static CliResult Run(params string[] args) => Run(new FakeTimeProvider(PinnedNow), args);

    public static CliResult Run(TimeProvider time, params string[] args) => Run(time, null, new Dictionary<string, string?>(), args);

    /// <summary>Runs as if started in <paramref name="workingDirectory"/> (without --vault, the vault is looked for from there).</summary>
    public static CliResult RunIn(string workingDirectory, params string[] args) => Run(new FakeTimeProvider(PinnedNow), workingDirectory, new Dictionary<string, string?>(), args);

    /// <summary>Runs with these environment variables and no others (an LLM key, CAIRN_VAULT).</summary>
    public static CliResult RunWith(IReadOnlyDictionary<string, string?> environment, params string[] args) => Run(new FakeTimeProvider(PinnedNow), null, environment, args);

    private static CliResult Run(TimeProvider time, string? workingDirectory, IReadOnlyDictionary<string, string?> environment, string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, time, environment, workingDirectory);
        var code = CairnApp.Run(args, context);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);
