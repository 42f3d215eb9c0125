namespace Cairn.Extraction;

/// <summary>
/// When two names are one company: the one rule the extractor's company patterns and the resolver use. A company
/// suffix word ("Systems", "Inc", "Ltd", "Group", …) adds nothing to who a company is, so "Initech", "Initech
/// Systems" and "Initech Systems Ltd" are one; "Northwind Traders" and "Northwind Health" differ by a word that is
/// no suffix and are two.
/// </summary>
public static class CompanyName
{
    /// <summary>
    /// The words that end a company's name and say what it is: legal forms and kinds of business. The extractor's
    /// "… Robotics", "… Inc." pattern is built from this list.
    /// </summary>
    public const string SuffixPattern =
        "Inc|Corp|Corporation|Ltd|LLC|GmbH|AG|SA|PLC|Robotics|Labs|Systems|Technologies|Networks|Software|Analytics|Industries|Bank"
        + "|Holdings|Pharma|Pharmaceuticals|Biosciences|Therapeutics|Motors|Airlines|Logistics|Energy|Dynamics|Semiconductor|Telecom"
        + "|Insurance|Capital|Ventures|Group|Partners|Foods|Retail|Clinics|Pharmacy|Kitchens|Markets|Grocers|Studios|Brands|Farms"
        + "|Freight|Hotels|Properties|Builders|Mining|Chemicals|Supplies|Trading";

    private static readonly HashSet<string> Suffixes = new(SuffixPattern.Split('|'), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> name one company: equal, or the shorter is the start of
    /// the longer and every further word of the longer is a suffix word (any case, a trailing "." or "," ignored).
    /// </summary>
    public static bool IsSameCompany(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (shorter.Length == 0 || shorter.All(Suffixes.Contains))
        {
            return false;
        }

        return shorter.Select((w, i) => w.Equals(longer[i], StringComparison.OrdinalIgnoreCase)).All(same => same)
            && longer.Skip(shorter.Length).All(Suffixes.Contains);
    }

    /// <summary>Of two names of one company, the one with more words ("Initech Systems" over "Initech"); the first on a tie.</summary>
    public static string Fuller(string a, string b) => Words(b).Length > Words(a).Length ? b : a;

    private static string[] Words(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', ',')).Where(w => w.Length > 0).ToArray();
}
