using System.CommandLine;

namespace Cairn.Cli.Commands;

/// <summary>
/// <c>cairn completion SHELL</c>: a script that completes commands, options and values by asking Cairn itself,
/// through System.CommandLine's <c>[suggest:POSITION]</c> directive, so it never goes stale as commands change.
/// </summary>
public sealed class CompletionCommand : ICliCommand
{
    private readonly Argument<string> shell = new Argument<string>("SHELL") { Description = "bash, zsh, fish or pwsh" }
        .AcceptOnlyFromAmong("bash", "zsh", "fish", "pwsh");

    public Command Build(CliContext context)
    {
        var command = new Command("completion", "Print a shell completion script (bash, zsh, fish or pwsh); see README for where it goes") { shell };
        command.SetAction(parse =>
        {
            context.Stdout.Write(Script(parse.GetValue(shell)!));
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string Script(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        "fish" => Fish,
        _ => Pwsh,
    };

    // Each script passes the line up to the cursor and the cursor's offset in it; Cairn prints one candidate a line.
    private const string Bash = """
        # cairn completion for bash: add `eval "$(cairn completion bash)"` to ~/.bashrc
        _cairn_complete() {
            local line="${COMP_LINE:0:COMP_POINT}"
            local IFS=$'\n'
            COMPREPLY=($(compgen -W "$(cairn "[suggest:${#line}]" "$line" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _cairn_complete cairn

        """;

    private const string Zsh = """
        # cairn completion for zsh: add `eval "$(cairn completion zsh)"` to ~/.zshrc (after compinit)
        _cairn() {
            local line="${(j: :)words[1,CURRENT]}"
            local -a candidates
            candidates=("${(@f)$(cairn "[suggest:${#line}]" "$line" 2>/dev/null)}")
            compadd -a candidates
            _files
        }
        compdef _cairn cairn

        """;

    private const string Fish = """
        # cairn completion for fish: cairn completion fish > ~/.config/fish/completions/cairn.fish
        function __cairn_complete
            set -l line (commandline -cp)
            cairn "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null
        end
        complete -c cairn -a '(__cairn_complete)'

        """;

    private const string Pwsh = """
        # cairn completion for PowerShell: add `cairn completion pwsh | Out-String | Invoke-Expression` to $PROFILE
        Register-ArgumentCompleter -Native -CommandName cairn -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $line = $commandAst.ToString()
            $position = $cursorPosition - $commandAst.Extent.StartOffset
            if ($position -gt $line.Length) { $line = $line.PadRight($position) }
            $line = $line.Substring(0, $position)
            cairn "[suggest:$position]" "$line" 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }

        """;
}
