using System.CommandLine;
using Cairn.Cli.Output;
using Cairn.Vault;
using Spectre.Console;

namespace Cairn.Cli;

/// <summary>
/// Everything a command needs from the outside world: global options, where output goes, the clock.
/// Tests build one over string writers; <see cref="Program"/> builds the real one.
/// </summary>
public sealed class CliContext
{
    public CliContext(TextWriter stdout, TextWriter stderr, TimeProvider time, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory();
        Stdout = stdout;
        Stderr = stderr;
        Time = time;

        // A context built with an environment (a test's) sees only that; the real one reads the process's.
        variable = environment is null ? System.Environment.GetEnvironmentVariable : name => environment.GetValueOrDefault(name);
        Environment = environment ?? new Dictionary<string, string?>
        {
            ["CAIRN_VAULT"] = System.Environment.GetEnvironmentVariable("CAIRN_VAULT"),
            ["NO_COLOR"] = System.Environment.GetEnvironmentVariable("NO_COLOR"),
            ["COLUMNS"] = System.Environment.GetEnvironmentVariable("COLUMNS"),
        };
        Console = TerminalConsole.Create(stdout, IsInteractive, Environment);
    }

    private readonly Func<string, string?> variable;

    public TextWriter Stdout { get; }

    /// <summary>The folder the command was started in (tests pass their own: the process's is shared).</summary>
    public string WorkingDirectory { get; }

    /// <summary>True when a person watches the output (a terminal, not a pipe, a file or a test).</summary>
    public bool IsInteractive => Stdout == System.Console.Out && !System.Console.IsOutputRedirected;

    public TextWriter Stderr { get; }

    /// <summary>True when stderr is a terminal: where progress lines go, redrawn in place.</summary>
    public bool IsStderrInteractive => Stderr == System.Console.Error && !System.Console.IsErrorRedirected;

    public IAnsiConsole Console { get; }

    public TimeProvider Time { get; }

    /// <summary>The disk every vault write goes through; <see cref="Program"/> swaps in the crash harness's when asked.</summary>
    public Cairn.Commit.IVaultFileSystem FileSystem { get; init; } = Cairn.Commit.VaultFileSystem.Instance;

    public IReadOnlyDictionary<string, string?> Environment { get; }

    /// <summary>An environment variable (an LLM key named by <c>llm.api_key_env</c>); null when unset.</summary>
    public string? Variable(string name) => variable(name);

    public Option<string?> VaultOption { get; } = new("--vault")
    {
        Description = "The vault folder (default: $CAIRN_VAULT, else the current folder)",
        Recursive = true,
    };

    public Option<bool> JsonOption { get; } = new("--json")
    {
        Description = "Machine-readable output on stdout",
        Recursive = true,
    };

    public bool IsJson(ParseResult parse) => parse.GetValue(JsonOption);

    /// <summary>
    /// The vault folder, always absolute: --vault, else $CAIRN_VAULT, else the nearest folder at or above the
    /// current one that holds <c>.cairn/</c> (as git finds <c>.git</c>), else the current folder (which then is no
    /// vault, and the command says so). <paramref name="discover"/> false (init) takes the current folder as it is.
    /// </summary>
    public string VaultPath(ParseResult parse, bool discover = true)
    {
        var path = parse.GetValue(VaultOption);
        if (string.IsNullOrWhiteSpace(path))
        {
            path = Environment.TryGetValue("CAIRN_VAULT", out var env) && !string.IsNullOrWhiteSpace(env) ? env
                : discover ? VaultRoot.Find(WorkingDirectory) ?? WorkingDirectory : WorkingDirectory;
        }

        return Path.GetFullPath(path, WorkingDirectory);
    }

    /// <summary>Set once the command line is parsed: under <c>--json</c> errors are JSON on stdout too.</summary>
    public bool JsonErrors { get; set; }

    /// <summary>
    /// One clear line on stderr, the way every expected failure is reported; under <c>--json</c> also
    /// <c>{"error": ...}</c> on stdout, so a script reading stdout sees why it got no result.
    /// </summary>
    public void Error(string message)
    {
        Stderr.WriteLine($"error: {message}");
        if (JsonErrors)
        {
            JsonOutput.WriteLine(Stdout, new ErrorJson(message), CliJsonContext.Default.ErrorJson);
        }
    }

    public void Warn(string message) => Stderr.WriteLine($"warning: {message}");
}
