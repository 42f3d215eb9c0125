using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Cairn.Bench.Readers;

/// <summary>
/// A deterministic three-hour meeting (one utterance every ~5 s, six speakers) rendered in each format Cairn reads,
/// so reader throughput is measured on the same words everywhere.
/// </summary>
internal static class ThreeHourMeeting
{
    /// <summary>The cast and the vocabulary of every generated meeting in the bench (this one and <see cref="Sources.LargeSource"/>).</summary>
    internal static readonly string[] Speakers = ["Ana Lima", "Ben Ode", "Carlos Farías", "Dana Whitfield", "Eve Park", "Femi Adeyemi"];
    internal static readonly string[] Words =
        "so the plan is to ship the storage pilot next week and I will send the pricing summary by Friday we agreed that the checkpoint target stays at two minutes can you check the staging cluster access please".Split(' ');

    public static IReadOnlyList<(string Speaker, TimeSpan Start, string Text)> Turns { get; } = Build();

    private static List<(string, TimeSpan, string)> Build()
    {
        var random = new Random(42);
        var turns = new List<(string, TimeSpan, string)>();
        var at = TimeSpan.FromSeconds(3);
        while (at < TimeSpan.FromHours(3))
        {
            var count = random.Next(6, 40);
            var text = string.Join(' ', Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Length)]));
            turns.Add((Speakers[random.Next(Speakers.Length)], at, char.ToUpperInvariant(text[0]) + text[1..] + "."));
            at += TimeSpan.FromSeconds(random.Next(2, 9));
        }

        return turns;
    }

    public static byte[] Otter() => Utf8(sb =>
    {
        sb.Append("Storage pilot review\nNov 12, 2025, 10:00 AM\n\n");
        foreach (var (speaker, start, text) in Turns)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{speaker}  {(int)start.TotalHours}:{start.Minutes:00}:{start.Seconds:00}  \n{text}\n\n");
        }
    });

    public static byte[] TeamsVtt() => Utf8(sb =>
    {
        sb.Append("WEBVTT\n\n");
        var n = 0;
        foreach (var (speaker, start, text) in Turns)
        {
            sb.Append(CultureInfo.InvariantCulture, $"ff6e99cc-9771-5225-8896-653bba099349/{n++}-0\n{Clock(start, '.')} --> {Clock(start + TimeSpan.FromSeconds(2), '.')}\n<v {speaker.Replace("í", "&#237;", StringComparison.Ordinal)}>{text}</v>\n\n");
        }
    });

    public static byte[] Srt() => Utf8(sb =>
    {
        var n = 1;
        foreach (var (speaker, start, text) in Turns)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{n++}\n{Clock(start, ',')} --> {Clock(start + TimeSpan.FromSeconds(2), ',')}\n{speaker}: {text}\n\n");
        }
    });

    public static byte[] FirefliesJson() => Utf8(sb =>
    {
        sb.Append("{\"data\":{\"transcript\":{\"title\":\"Storage pilot review\",\"date\":1762941600000,\"sentences\":[");
        var i = 0;
        foreach (var (speaker, start, text) in Turns)
        {
            sb.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"{{\"index\":{i++},\"speaker_name\":\"{speaker}\",\"text\":\"{text}\",\"start_time\":{start.TotalSeconds:0.00}}}");
        }

        sb.Append("]}}}");
    });

    /// <summary>The same words as one long email: new text, then the rest as a quoted thread.</summary>
    public static byte[] Email() => Utf8(sb =>
    {
        sb.Append("From: Ana Lima <ana@example.com>\nTo: Ben Ode <ben@example.com>\nSubject: Re: Storage pilot\nDate: Wed, 12 Nov 2025 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n");
        var half = Turns.Count / 2;
        foreach (var (_, _, text) in Turns.Take(half))
        {
            sb.Append(text).Append('\n');
        }

        sb.Append("\nBest,\nAna\n\nOn Tue, 11 Nov 2025 at 09:00, Ben Ode <ben@example.com> wrote:\n");
        foreach (var (_, _, text) in Turns.Skip(half))
        {
            sb.Append("> ").Append(text).Append('\n');
        }
    });

    public static byte[] TeamsDocx()
    {
        var body = new StringBuilder();
        foreach (var (speaker, start, text) in Turns)
        {
            body.Append(CultureInfo.InvariantCulture, $"<w:p><w:r><w:t xml:space=\"preserve\">{speaker}   {(int)start.TotalHours}:{start.Minutes:00}:{start.Seconds:00}</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>");
        }

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Add(zip, "word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Storage pilot review-20251112_100000-Meeting Transcript</w:t></w:r></w:p>{body}</w:body></w:document>");
        }

        return stream.ToArray();
    }

    private static string Clock(TimeSpan t, char decimalSeparator) =>
        $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}{decimalSeparator}{t.Milliseconds:000}";

    private static byte[] Utf8(Action<StringBuilder> write)
    {
        var sb = new StringBuilder();
        write(sb);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
