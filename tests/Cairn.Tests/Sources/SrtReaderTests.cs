using System.Text;
using Cairn.Sources;

namespace Cairn.Tests.Sources;

public sealed class SrtReaderTests
{
    [Fact]
    public void Bom_crlf_and_loose_arrows()
    {
        var text = "1\r\n00:00:01,000  -->  00:00:02,000\r\nAna: Hello\r\nthere\r\n\r\n2\r\n00:00:02,500 --> 00:00:03,000\r\nAna: again\r\n\r\n3\r\n00:00:04,000 --> 00:00:05,000\r\n<i>No speaker</i>\r\n";
        var doc = Read.Bytes("s.srt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        Assert.Equal("srt", doc.Format);
        Assert.Equal([new Utterance("Ana", TimeSpan.FromSeconds(1), "Hello there again"), new Utterance("Unknown Speaker", TimeSpan.FromSeconds(4), "No speaker")], doc.Utterances);
    }

    [Fact]
    public void A_txt_holding_srt_is_read_as_srt()
    {
        Assert.Equal("srt", Read.Text("captions.txt", "1\n00:00:01,000 --> 00:00:02,000\nHello\n").Format);
    }
}
