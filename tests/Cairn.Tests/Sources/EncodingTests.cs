using System.Text;

namespace Cairn.Tests.Sources;

public sealed class EncodingTests
{
    private const string Transcript = "Renée Dupont: Ça va? 10€ fine.\nJosé Núñez: Sí.\n";

    public static TheoryData<string, byte[]> Encoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new()
        {
            { "utf8", Encoding.UTF8.GetBytes(Transcript) },
            { "utf8-bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Transcript)] },
            { "utf16le-bom", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Transcript)] },
            { "utf16be-bom", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Transcript)] },
            { "windows-1252", Encoding.GetEncoding(1252).GetBytes(Transcript) },
            { "crlf", Encoding.UTF8.GetBytes(Transcript.Replace("\n", "\r\n", StringComparison.Ordinal)) },
            { "cr", Encoding.UTF8.GetBytes(Transcript.Replace('\n', '\r')) },
        };
    }

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Every_encoding_reads_the_same_words(string name, byte[] bytes)
    {
        var doc = Read.Bytes($"{name}.txt", bytes);

        Assert.Equal(["Renée Dupont", "José Núñez"], doc.Participants.Select(p => p.Name));
        Assert.Equal("Ça va? 10€ fine.", doc.Utterances[0].Text);
    }
}
