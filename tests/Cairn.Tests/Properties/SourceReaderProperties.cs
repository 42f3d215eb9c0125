using System.Text;
using Cairn.Sources;
using Cairn.Tests.Fakes;
using FsCheck;
using FsCheck.Xunit;

namespace Cairn.Tests.Properties;

/// <summary>Input is never exceptional: whatever the bytes, <see cref="SourceReader.Read"/> returns Ok or Fail.</summary>
public sealed class SourceReaderProperties
{
    private static readonly string[] Extensions = [".txt", ".md", ".vtt", ".srt", ".docx", ".eml", ".json", ".bin"];

    private static readonly string[] Fragments =
    [
        "WEBVTT\n", "\n\n", "00:00:01.000 --> 00:00:02.000\n", "<v Ana>", "</v>", "Ana: ", "**Ben**: ", "[00:01:02] ", "Ana  0:04\n",
        "Participants: Ana, Ben\n", "---\n", "title: x\n", "From: a@b.c\n", "Subject: s\n", "{\"speaker\":", "\"text\":\"", "[", "]", "}",
        "&#237;", "-->", "1\n", "00:00:01,000 --> ", "On Mon wrote:\n", "> ", "-- \n", "Best,\n", "\uFEFF", "\r", "é", "\t", ":",
    ];

    [Property(MaxTest = 400)]
    public bool Random_bytes_never_throw(byte[] content, NonNegativeInt pick)
    {
        var result = SourceReader.Read("random" + Extensions[pick.Get % Extensions.Length], content);
        return Settled(result);
    }

    [Property(MaxTest = 400)]
    public bool Random_transcript_shaped_text_never_throws(int[] picks, NonNegativeInt extension)
    {
        var text = new StringBuilder();
        foreach (var pick in picks)
        {
            text.Append(Fragments[Math.Abs(pick % Fragments.Length)]);
        }

        var result = SourceReader.Read("shaped" + Extensions[extension.Get % Extensions.Length], Encoding.UTF8.GetBytes(text.ToString()));
        return Settled(result);
    }

    [Property(MaxTest = 200)]
    public bool Corrupted_real_exports_never_throw(NonNegativeInt file, NonNegativeInt position, byte value, bool truncate)
    {
        var files = Directory.GetFiles(TestDataFolder.Path("conformance", "exports")).Order(StringComparer.Ordinal).ToArray();
        var path = files[file.Get % files.Length];
        var bytes = File.ReadAllBytes(path);
        var at = position.Get % bytes.Length;
        if (truncate)
        {
            bytes = bytes[..at];
        }
        else
        {
            bytes[at] = value;
        }

        return Settled(SourceReader.Read(Path.GetFileName(path), bytes));
    }

    // The façade turns a reader's unexpected exception into "could not be read (…)"; here that counts as a bug.
    private static bool Settled(SourceReadResult result) =>
        result.IsSuccess
            ? result.Document is not null && result.Error is null
            : result.Error is { Problem.Length: > 0 } && !result.Error.Problem.Contains('\n') && !result.Error.Problem.StartsWith("could not be read (", StringComparison.Ordinal);
}
