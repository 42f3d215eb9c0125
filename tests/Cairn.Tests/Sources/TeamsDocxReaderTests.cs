using System.IO.Compression;
using System.Text;
using Cairn.Sources;

namespace Cairn.Tests.Sources;

public sealed class TeamsDocxReaderTests
{
    [Fact]
    public void Teams_layout_with_text_in_separate_paragraphs()
    {
        var doc = Read.Bytes("t.docx", Docx(
            "Roadmap-20251104_093000-Meeting Transcript",
            "4 November 2025, 09:30am",
            "1h 2m 3s",
            "Ana Lima started transcription",
            "Ana Lima   0:03",
            "Hello.",
            "Ben Ode   1:02:03",
            "Late point.",
            "Second line.",
            "Ana Lima stopped transcription"));

        Assert.Equal("docx/teams", doc.Format);
        Assert.Equal("Roadmap", doc.Title);
        Assert.Equal(new DateOnly(2025, 11, 4), doc.Date);
        Assert.Equal([new Utterance("Ana Lima", TimeSpan.FromSeconds(3), "Hello."), new Utterance("Ben Ode", new TimeSpan(1, 2, 3), "Late point. Second line.")], doc.Utterances);
    }

    [Fact]
    public void Old_stream_cue_layout()
    {
        var doc = Read.Bytes("s.docx", Docx("0:0:0.0 --> 0:0:5.32", "Ana Lima", "First.", "0:0:5.32 --> 0:0:9", "Ben Ode", "Second."));

        Assert.Equal("docx/stream", doc.Format);
        Assert.Equal(["Ana Lima", "Ben Ode"], doc.Utterances.Select(u => u.Speaker));
    }

    [Fact]
    public void Any_other_document_is_notes()
    {
        var doc = Read.Bytes("2025-01-02 memo.docx", Docx("Memo", "We will move the office."));

        Assert.Equal(SourceKind.Notes, doc.Kind);
        Assert.Contains("move the office", doc.Body, StringComparison.Ordinal);
    }

    /// <summary>A minimal WordprocessingML package, one paragraph per line.</summary>
    internal static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            var body = string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(p)}</w:t></w:r></w:p>"));
            Add(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""");
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
