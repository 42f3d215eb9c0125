namespace Cairn.Cli.Output;

/// <summary>
/// How the person at the keyboard runs Cairn, for hints that must work when pasted: <c>cairn</c> once it is
/// installed; from a build inside the repository (README's <c>dotnet run --project src/Cairn.Cli -- demo</c>),
/// that same <c>dotnet run</c> line, since no <c>cairn</c> is on the PATH yet.
/// </summary>
internal static class Invocation
{
    private const string ProjectFile = "Cairn.Cli.csproj";

    public static string Prefix(string baseDirectory, string currentDirectory)
    {
        for (var dir = new DirectoryInfo(baseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, ProjectFile)))
            {
                return $"dotnet run --project {Argument(Path.GetRelativePath(currentDirectory, dir.FullName))} --";
            }
        }

        return "cairn";
    }

    /// <summary>A folder as an argument: relative to where the command runs when it is below it, quoted when it has a space.</summary>
    public static string Folder(string path, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, path);
        return Argument(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative);
    }

    private static string Argument(string value) => value.Any(char.IsWhiteSpace) || value.Contains('\'') ? $"\"{value}\"" : value;
}
