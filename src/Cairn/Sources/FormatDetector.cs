using System.Text.RegularExpressions;

namespace Cairn.Sources;

/// <summary>
/// Picks the reader: the extension says what the user meant, the first bytes say what the file is. A <c>.txt</c>
/// that is really WebVTT, SRT, JSON or an email is read as such; a <c>.docx</c> must be a zip.
/// </summary>
internal static partial class FormatDetector
{
    public static readonly string[] SupportedExtensions = [".txt", ".text", ".md", ".markdown", ".vtt", ".srt", ".docx", ".eml", ".json"];

    public static SourceFormat FromExtension(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".txt" or ".text" => SourceFormat.Text,
        ".md" or ".markdown" => SourceFormat.Markdown,
        ".vtt" => SourceFormat.WebVtt,
        ".srt" => SourceFormat.SubRip,
        ".docx" => SourceFormat.Docx,
        ".eml" => SourceFormat.Email,
        ".json" => SourceFormat.Json,
        _ => SourceFormat.Unsupported,
    };

    public static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith("PK\u0003\u0004"u8);

    /// <summary>What a text file's content looks like, for <c>.txt</c> files that are another format inside.</summary>
    public static SourceFormat SniffText(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            return SourceFormat.WebVtt;
        }

        // "[00:01:02] Ana: hi" starts with a bracket too; JSON's next character is a quote or another bracket.
        if (start.Length > 1 && start[0] is '{' or '[' && start[1..].TrimStart() is [var next, ..] && next is '"' or '{' or '[' or '}' or ']')
        {
            return SourceFormat.Json;
        }

        var head = text.Length > 2000 ? text[..2000] : text;
        if (SrtStart().IsMatch(head))
        {
            return SourceFormat.SubRip;
        }

        var trimmed = head.TrimStart();
        var first = EmailHeaders().Match(trimmed);
        return first.Success && first.Index == 0 && EmailHeaders().Count(trimmed) >= 3 && FromHeader().IsMatch(trimmed)
            ? SourceFormat.Email
            : SourceFormat.Text;
    }

    [GeneratedRegex(@"^\s*\d+\s*\n\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->")]
    private static partial Regex SrtStart();

    [GeneratedRegex(@"^(?:From|To|Cc|Subject|Date|Message-ID|MIME-Version|Received|Return-Path|Delivered-To|Content-Type):[ \t]", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex EmailHeaders();

    [GeneratedRegex(@"^From:[ \t]", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FromHeader();
}
