using System.IO.Compression;
using System.Text;
using Cairn.Sources;

namespace Cairn.Tests.Sources;

/// <summary>Files built to break readers. Each must come back as a failure naming the file, or as a document.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, byte[], string> Failing() => new()
    {
        { "empty.txt", [], "the file is empty" },
        { "blank.vtt", "\n \r\n\t\n"u8.ToArray(), "the file has no text" },
        { "nul.txt", [0x48, 0x00, 0x49, 0x00, 0x00, 0x00, 0x01], "binary data" },
        { "bom-only.txt", [0xEF, 0xBB, 0xBF], "the file has no text" },
        { "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "binary data" },
        { "truncated.docx", TeamsDocxReaderTests.Docx("Ana   0:01", "Hi")[..200], "not a readable Word document" },
        { "text.docx", "Ana: hello\nBen: hi\n"u8.ToArray(), "not a zip package" },
        { "other.docx", Zip(("notes.txt", "hello")), "not a readable Word document" },
        { "bad-xml.docx", BadXmlDocx(), "not a readable Word document" },
        { "zip.txt", Zip(("a.txt", "hello")), "zip archive" },
        { "slides.pdf", "%PDF-1.7"u8.ToArray(), "unsupported file type '.pdf'" },
        { "noextension", "Ana: hi"u8.ToArray(), "unsupported file type '(none)'" },
        { "header-only.vtt", "WEBVTT\n\nNOTE nothing else\n"u8.ToArray(), "no cues" },
        { "bad-time.srt", "1\n00:00:01,000 --> 00:99:02,000\nHi\n"u8.ToArray(), "malformed cue timing" },
        { "no-cues.srt", "1\n2\n3\n"u8.ToArray(), "no subtitle cues" },
        { "deep.json", Encoding.ASCII.GetBytes(new string('[', 5000) + new string(']', 5000)), "malformed JSON" },
        { "numbers.json", "[1e999999, -0, 123456789012345678901234567890]"u8.ToArray(), "no transcript" },
        { "quoted-input.json", "title: x\n"u8.ToArray(), "malformed JSON" },
        { "nothing.eml", "\n\nbody only"u8.ToArray(), "no From, Subject or Date header" },
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Fails_with_a_named_one_line_problem(string fileName, byte[] content, string problem)
    {
        var error = Read.Failure(fileName, content);

        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> Survivable() => new()
    {
        { "long-line.txt", Encoding.ASCII.GetBytes(new string('a', 1_000_000)) },
        { "many-blank-lines.txt", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("\n", 100_000)) + "x") },
        { "colons.txt", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("a:", 50_000))) },
        { "unclosed.md", "---\ntitle: [unclosed\n"u8.ToArray() },
        { "bad-yaml.md", "---\ntitle: [a, b\nkey: : :\n---\nbody\n"u8.ToArray() },
        { "aliases.md", "---\na: &a [x, x, x]\nb: [*a, *a, *a]\nc: [*b, *b, *b]\n---\nbody\n"u8.ToArray() },
        { "bad-boundary.eml", "From: a@b.c\nContent-Type: multipart/mixed; boundary=\"zz\"\n\n--zz\nContent-Type: text/plain\n\nhello\n"u8.ToArray() },
        { "unclosed-script.eml", "From: a@b.c\nContent-Type: text/html\n\n<p>hi</p><script>never closed <blockquote><blockquote>"u8.ToArray() },
        { "../../etc/passwd.txt", "Ana: one\nBen: two\n"u8.ToArray() },
        { "utf16-odd.txt", [0xFF, 0xFE, 0x41, 0x00, 0x42] },
        { "huge-offsets.txt", "Ana  99:59:59\nhi\n\nBen  9999:00\nho\n"u8.ToArray() },
        { "voice-only.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>\n\n00:00:02.000 --> 00:00:03.000\n<v >x</v>\n"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Survivable))]
    public void Odd_but_valid_input_reads_without_throwing(string fileName, byte[] content)
    {
        var result = SourceReader.Read(fileName, content);

        Assert.True(result.IsSuccess || !string.IsNullOrWhiteSpace(result.Error?.Problem));
        Assert.False(result.Error?.Problem.StartsWith("could not be read (", StringComparison.Ordinal) ?? false, result.Error?.Problem);
    }

    [Fact]
    public void Size_limit_applies_to_bytes_and_to_files_before_reading()
    {
        var options = new ReaderOptions { MaxBytes = 10 };
        Assert.Contains("over the", SourceReader.Read("a.txt", new byte[11], options).Error!.Problem, StringComparison.Ordinal);

        var path = Path.Combine(Path.GetTempPath(), $"cairn-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "Ana: a long enough line");
        try
        {
            var result = SourceReader.ReadFile(path, options);
            Assert.Equal(Path.GetFileName(path), result.Error!.FileName);
            Assert.Contains("over the 0 MB limit", result.Error.Problem, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_a_failure()
    {
        Assert.Equal("file not found", SourceReader.ReadFile("/nonexistent/cairn/x.txt").Error!.Problem);
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static byte[] BadXmlDocx()
    {
        using var good = new MemoryStream(TeamsDocxReaderTests.Docx("x"));
        using var output = new MemoryStream();
        using (var source = new ZipArchive(good, ZipArchiveMode.Read))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var content = entry.FullName == "word/document.xml" ? "<w:document><unclosed" : reader.ReadToEnd();
                using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
                writer.Write(content);
            }
        }

        return output.ToArray();
    }
}
