using System.CommandLine;
using Cairn.Resolution;

namespace Cairn.Cli;

/// <summary>
/// Parse errors as one line each, the way git and the .NET CLI word them: an unknown command or option names
/// the closest ones ("did you mean 'search'?"); other errors keep System.CommandLine's message.
/// </summary>
internal static class UsageErrors
{
    /// <summary>
    /// Every usage error of the parse, an unknown command once (what follows it is its arguments), and options
    /// taken as arguments (<c>ingest --dryrun</c> would read a file named "--dryrun") counted as unknown options.
    /// </summary>
    public static IEnumerable<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;

        // Unmatched tokens are errors only when System.CommandLine says so: a directive ([suggest:N] "line") has some.
        var unmatched = parse.Errors.Count > 0 ? parse.UnmatchedTokens : [];
        // A word right after an unknown option is most likely its value (tasks --ownr Marcus): not reported on its own.
        var firstWord = unmatched.Where((t, i) => !t.StartsWith('-') && (i == 0 || !unmatched[i - 1].StartsWith('-'))).FirstOrDefault();
        foreach (var token in unmatched.Where(t => t.StartsWith('-') || t == firstWord).Concat(OptionsTakenAsArguments(parse)))
        {
            yield return Unmatched(parse, command, token);
        }

        var unknownCommand = firstWord is not null && command.Subcommands.Count > 0;
        foreach (var error in parse.Errors.Where(e => !unmatched.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))))
        {
            // "Required command was not provided" says nothing more once the unknown command is named.
            if (!(unknownCommand && error.SymbolResult is System.CommandLine.Parsing.CommandResult))
            {
                yield return error.Message;
            }
        }
    }

    /// <summary>Arguments of the command that look like long options (<c>--x</c>), unless they follow a <c>--</c>.</summary>
    private static IEnumerable<string> OptionsTakenAsArguments(ParseResult parse)
    {
        if (parse.Tokens.Any(t => t.Type == System.CommandLine.Parsing.TokenType.DoubleDash))
        {
            return [];
        }

        return parse.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .Where(v => v.StartsWith("--", StringComparison.Ordinal) && v.Length > 2);
    }

    private static string Unmatched(ParseResult parse, Command command, string token)
    {
        var where = CommandPath(parse);
        if (token.StartsWith('-'))
        {
            var options = OptionNames(parse).ToList();
            return $"unknown option '{token}' for '{where}'" + Suggest(token, options, where);
        }

        if (command.Subcommands.Count > 0)
        {
            return $"unknown command '{token}' for '{where}'" + Suggest(token, command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name)), where);
        }

        return $"unexpected argument '{token}' for '{where}' (see {where} --help)";
    }

    /// <summary>The options valid where the parse stopped: the command's own and the recursive ones of its parents.</summary>
    private static IEnumerable<string> OptionNames(ParseResult parse)
    {
        var own = parse.CommandResult.Command.Options;
        var inherited = Ancestors(parse).Skip(1).SelectMany(c => c.Options.Where(o => o.Recursive));
        return own.Concat(inherited).SelectMany(o => o.Aliases.Prepend(o.Name));
    }

    private static IEnumerable<Command> Ancestors(ParseResult parse)
    {
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            yield return result.Command;
        }
    }

    private static string CommandPath(ParseResult parse) =>
        string.Join(' ', Ancestors(parse).Reverse().Select(c => c is RootCommand ? "cairn" : c.Name));

    internal static string Suggest(string token, IEnumerable<string> candidates, string where)
    {
        var close = Closest(token, candidates);
        return close.Count > 0
            ? $"; did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?"
            : $" (see {where} --help)";
    }

    /// <summary>The candidates a few typos away (about one in three letters), or that start with what was typed.</summary>
    internal static IReadOnlyList<string> Closest(string token, IEnumerable<string> candidates)
    {
        var typed = token.TrimStart('-').ToLowerInvariant();
        if (typed.Length == 0)
        {
            return [];
        }

        return [.. candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Bare: c.TrimStart('-').ToLowerInvariant()))
            .Where(c => c.Bare.Length > 1 || typed.Length == 1)
            .Select(c => (c.Name, Distance: c.Bare.StartsWith(typed, StringComparison.Ordinal) ? 0 : EditDistance.Between(typed, c.Bare)))
            .Where(c => c.Distance <= Math.Max(1, typed.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Name)];
    }
}
