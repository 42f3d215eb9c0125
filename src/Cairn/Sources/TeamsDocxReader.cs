using System.Globalization;
using System.IO.Packaging;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Cairn.Sources;

/// <summary>
/// Word transcripts, chiefly Teams' "Download as .docx": each paragraph's runs joined (line breaks kept), then
/// read as text with <c>Name   0:03</c> headings. The older Stream layout (<c>0:0:5.1 --&gt; 0:0:8.2</c>, name,
/// words, one paragraph each) is read too; any other document becomes notes.
/// </summary>
internal static partial class TeamsDocxReader
{
    public static SourceReadResult Read(string fileName, byte[] content)
    {
        if (!FormatDetector.IsZip(content))
        {
            return SourceReadResult.Fail(fileName, "not a Word document: the file is not a zip package");
        }

        string text;
        try
        {
            text = ExtractText(content);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FileFormatException or InvalidOperationException or ArgumentException)
        {
            return SourceReadResult.Fail(fileName, $"not a readable Word document ({ex.GetType().Name}: {ex.Message.Split('\n')[0].Trim()})");
        }

        if (text.Trim().Length == 0)
        {
            return SourceReadResult.Fail(fileName, "the Word document has no text");
        }

        if (StreamCues(fileName, text) is { } stream)
        {
            return SourceReadResult.Ok(stream);
        }

        if (PlainTextTranscriptReader.Read(fileName, text, "docx") is { } transcript)
        {
            return SourceReadResult.Ok(transcript with { Format = transcript.Format.Replace("docx/speaker-headings", "docx/teams", StringComparison.Ordinal) });
        }

        return SourceReadResult.Ok(PlainTextReader.Notes(fileName, text, "docx/notes"));
    }

    private static string ExtractText(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("the package has no document body");
        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case Break or CarriageReturn:
                        text.Append('\n');
                        break;
                    case TabChar:
                        text.Append('\t');
                        break;
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The pre-2023 Stream/Graph layout: a cue timing paragraph, the speaker's name, then the words.</summary>
    private static SourceDocument? StreamCues(string fileName, string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var utterances = new List<Utterance>();
        for (var i = 0; i + 2 < lines.Count; i++)
        {
            if (StreamTiming().IsMatch(lines[i]) && CaptionBlocks.TryParseTiming(lines[i], out var start))
            {
                utterances.Add(new Utterance(SpeakerNames.Clean(lines[i + 1]), start, lines[i + 2]));
                i += 2;
            }
        }

        if (utterances.Count == 0)
        {
            return null;
        }

        var metadata = new Dictionary<string, string>
        {
            ["layout"] = "stream",
            ["segments"] = utterances.Count.ToString(CultureInfo.InvariantCulture),
        };
        return DocumentAssembly.Transcript(fileName, "docx/stream", SourceHeader.Empty, UtteranceMerger.MergeConsecutive(utterances), metadata);
    }

    [GeneratedRegex(@"^-?\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?\s*-->\s*-?\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?$")]
    private static partial Regex StreamTiming();
}
