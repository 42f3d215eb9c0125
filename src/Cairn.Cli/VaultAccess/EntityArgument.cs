using Cairn.Index;
using Cairn.Notes;
using Cairn.Queries;

namespace Cairn.Cli.VaultAccess;

/// <summary>A name typed on the command line, resolved by <see cref="EntityResolver"/>; an unknown one is one error line with close names.</summary>
internal static class EntityArgument
{
    /// <summary>The entity, or null after the error line (<paramref name="what"/>: "person or account", ...).</summary>
    public static EntityRef? Resolve(CliContext context, VaultIndex index, string wanted, string what)
    {
        var match = EntityResolver.Resolve(index, wanted);
        if (match.Entity is null)
        {
            context.Error($"no {what} named '{wanted}'{Hint(match.Suggestions)}");
        }

        return match.Entity;
    }

    public static string Hint(IReadOnlyList<string> suggestions) =>
        suggestions.Count > 0 ? $"; did you mean {string.Join(", ", suggestions.Select(c => $"'{c}'"))}?" : " (see cairn people)";
}
