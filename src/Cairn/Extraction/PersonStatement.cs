using System.Text.RegularExpressions;

namespace Cairn.Extraction;

/// <summary>
/// How a fact a source states about a person is written, and read back: "Dana Whitfield is the procurement
/// lead at Northwind Robotics.", "Hannah Okafor's email is hannah@fabrikam.example.". The extractor writes these
/// lines into a meeting's Key Information; entity notes read a person's role, company and email back from
/// them. One owner for both directions, so what is written is always what is read.
/// </summary>
public static partial class PersonStatement
{
    /// <summary>The nouns that make a title a role ("procurement lead", "CFO", "Director of IT").</summary>
    public const string RoleNouns =
        "lead|manager|owner|director|head|champion|sponsor|architect|contact|buyer|decision maker|engineer|vp|vice president|president|chief|officer"
        + "|cto|ceo|cfo|coo|cio|ciso|founder|co-founder|partner|analyst|consultant|specialist|administrator|admin|counsel|principal|executive|scientist|designer|developer";

    public sealed record Role(string Title, string? Company);

    /// <summary>"Dana Whitfield is the procurement lead at Northwind Robotics."</summary>
    public static string RoleOf(string person, string title, string? company)
    {
        var article = Article().IsMatch(title) ? string.Empty : "the ";
        return $"{person} is {article}{title}{(company is { Length: > 0 } ? " at " + company : string.Empty)}.";
    }

    /// <summary>
    /// "Tom Becker runs infrastructure for Northwind Robotics's training cluster.": what a person owns, runs or cares
    /// about, in the third person, with "my" made "their" and "our" the company's when it is known whose.
    /// </summary>
    public static string DutyOf(string person, string duty, string? company) =>
        $"{person} {Our().Replace(My().Replace(duty.TrimEnd('.', ' '), "their"), company is null ? "our" : company + "'s")}.";

    /// <summary>"Hannah Okafor's email is hannah@fabrikam.example."</summary>
    public static string EmailOf(string person, string address) => $"{person}'s email is {address}.";

    /// <summary>The role a line states for <paramref name="person"/>, or null when it states none.</summary>
    public static Role? ReadRole(string line, string person)
    {
        if (!line.StartsWith(person + " is ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var match = RoleClause().Match(line[(person.Length + 4)..]);
        return match.Success && HasRoleNoun(match.Groups["title"].Value)
            ? new Role(match.Groups["title"].Value, match.Groups["company"].Success ? match.Groups["company"].Value : null)
            : null;
    }

    /// <summary>The email address a line gives for <paramref name="person"/>, or null.</summary>
    public static string? ReadEmail(string line, string person)
    {
        if (!line.StartsWith(person + "'s email is ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var match = Address().Match(line[(person.Length + 12)..]);
        return match.Success ? match.Groups["address"].Value : null;
    }

    /// <summary>Whether a line gives someone's email address (a contact detail, not a company's fact).</summary>
    public static bool IsEmail(string line) => EmailLine().IsMatch(line);

    /// <summary>Whether a title names a role ("procurement lead", "Director of IT"), not just anything after "is the".</summary>
    public static bool HasRoleNoun(string title) => RoleNoun().IsMatch(title);

    [GeneratedRegex(@"\bour\b", RegexOptions.IgnoreCase)]
    private static partial Regex Our();

    [GeneratedRegex(@"\bmy\b", RegexOptions.IgnoreCase)]
    private static partial Regex My();

    [GeneratedRegex(@"^(?:the|a|an) ", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"^(?:the|a|an) (?<title>[^.]+?)(?: at (?<company>[^.]+?))?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleClause();

    [GeneratedRegex(@"\b(?:" + RoleNouns + @")s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleNoun();

    [GeneratedRegex(@"^.+'s email is [^\s@<>]+@[^\s@<>]+?\.?$")]
    private static partial Regex EmailLine();

    [GeneratedRegex(@"^(?<address>[^\s@<>]+@[^\s@<>]+?)\.?$")]
    private static partial Regex Address();
}
