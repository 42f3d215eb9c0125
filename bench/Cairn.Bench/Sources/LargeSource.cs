using System.Globalization;
using System.Text;
using Cairn.Bench.Readers;

namespace Cairn.Bench.Sources;

/// <summary>
/// A deterministic transcript of about a given size, as WebVTT (Teams voice spans), SRT (<c>Name: words</c>) or
/// plain <c>Name: words</c> text: six speakers, one turn every few seconds, the words of a storage-pilot meeting.
/// Written in pieces, so a 200 MB file never sits in the benchmark's own memory.
/// </summary>
internal static class LargeSource
{
    public static readonly string[] Formats = ["vtt", "srt", "txt"];

    /// <summary>Writes <paramref name="path"/> (its extension is the format) to at least <paramref name="bytes"/> bytes; returns the number of turns.</summary>
    public static int Write(string path, long bytes)
    {
        var format = Path.GetExtension(path).TrimStart('.');
        var random = new Random(42);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.Write(format switch
        {
            "vtt" => "WEBVTT\n\n",
            "txt" => "Storage pilot review\nDate: 2025-11-12\n\n",
            _ => string.Empty,
        });
        var turn = 0;
        var at = 3;
        var line = new StringBuilder();
        for (long written = 0; written < bytes; turn++)
        {
            line.Clear();
            var count = random.Next(6, 40);
            for (var i = 0; i < count; i++)
            {
                line.Append(i == 0 ? string.Empty : " ").Append(ThreeHourMeeting.Words[random.Next(ThreeHourMeeting.Words.Length)]);
            }

            line[0] = char.ToUpperInvariant(line[0]);
            var speaker = ThreeHourMeeting.Speakers[random.Next(ThreeHourMeeting.Speakers.Length)];
            var text = format switch
            {
                "vtt" => $"{Clock(at, '.')} --> {Clock(at + 2, '.')}\n<v {speaker}>{line}.</v>\n\n",
                "srt" => $"{turn + 1}\n{Clock(at, ',')} --> {Clock(at + 2, ',')}\n{speaker}: {line}.\n\n",
                _ => $"{speaker}: {line}.\n",
            };
            writer.Write(text);
            written += text.Length;
            at += random.Next(2, 9);
        }

        return turn;
    }

    private static string Clock(int seconds, char separator) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}{separator}000");
}
