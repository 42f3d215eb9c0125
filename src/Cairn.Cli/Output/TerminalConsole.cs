using System.Globalization;
using Spectre.Console;

namespace Cairn.Cli.Output;

/// <summary>
/// The console Cairn draws tables and markup on, following the conventions of git and ripgrep: colour and
/// styles only on a terminal and never when <c>NO_COLOR</c> is set (no-color.org: any non-empty value); width
/// from <c>COLUMNS</c>, else the terminal's; output that is not a terminal is never wrapped, so a
/// <c>FILE:LINE</c> stays on one line for <c>cairn done</c> and grep.
/// </summary>
internal static class TerminalConsole
{
    /// <summary>Wide enough that no line of a table or a snippet is ever folded when nobody reads it on a screen.</summary>
    internal const int UnwrappedWidth = 1 << 16;

    public static IAnsiConsole Create(TextWriter stdout, bool isTerminal, IReadOnlyDictionary<string, string?> environment)
    {
        var styled = isTerminal && string.IsNullOrEmpty(environment.GetValueOrDefault("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = styled ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = styled ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (Columns(environment) is { } columns)
        {
            console.Profile.Width = columns;
        }
        else if (!isTerminal)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }

    private static int? Columns(IReadOnlyDictionary<string, string?> environment) =>
        int.TryParse(environment.GetValueOrDefault("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
