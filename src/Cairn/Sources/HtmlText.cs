using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Cairn.Sources;

/// <summary>
/// HTML email bodies to plain text: block elements become line breaks, list items bullets, blockquotes
/// <c>&gt; </c>-quoted lines (so the quote splitter sees them), scripts and styles dropped, entities decoded.
/// </summary>
internal static partial class HtmlText
{
    public static string ToPlainText(string html)
    {
        var source = Invisible().Replace(html, string.Empty);
        var output = new StringBuilder(source.Length);
        var quoteDepth = 0;
        var last = 0;
        foreach (Match tag in AnyTag().Matches(source))
        {
            AppendText(output, source[last..tag.Index], quoteDepth);
            last = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            var closing = tag.Groups["close"].Success;
            switch (name)
            {
                case "blockquote":
                    NewLine(output);
                    quoteDepth = Math.Max(0, quoteDepth + (closing ? -1 : 1));
                    break;
                case "br":
                    NewLine(output);
                    break;
                case "li" when !closing:
                    NewLine(output);
                    output.Append("- ");
                    break;
                case "p" or "div" or "tr" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "table" or "hr":
                    NewLine(output);
                    break;
            }
        }

        AppendText(output, source[last..], quoteDepth);
        return CollapseBlankLines(output.ToString());
    }

    private static void AppendText(StringBuilder output, string raw, int quoteDepth)
    {
        var text = WebUtility.HtmlDecode(Whitespace().Replace(raw, " "));
        if (text.Trim().Length == 0)
        {
            return;
        }

        if (output.Length == 0 || output[^1] == '\n')
        {
            output.Append(new string('>', quoteDepth));
            if (quoteDepth > 0)
            {
                output.Append(' ');
            }

            text = text.TrimStart();
        }

        output.Append(text.Replace('\u00A0', ' '));
    }

    private static void NewLine(StringBuilder output) => output.Append('\n');

    private static string CollapseBlankLines(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
        var result = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            var blank = line.Length == 0 || line.Trim('>', ' ').Length == 0;
            if (blank && (result.Count == 0 || result[^1].Length == 0))
            {
                continue;
            }

            result.Add(blank ? string.Empty : line);
        }

        return string.Join('\n', result).Trim();
    }

    [GeneratedRegex(@"<(script|style|head|title)\b[^>]*>.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)\b[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
