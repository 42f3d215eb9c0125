using System.Globalization;
using System.Text;

namespace Cairn.Synthesis;

/// <summary>A tag-safe slug: lower case letters and digits joined by '-' (<c>account/northwind-robotics</c>).</summary>
public static class Slug
{
    public static string Of(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 || slug.All(char.IsDigit) ? "x" + slug : slug;
    }
}
