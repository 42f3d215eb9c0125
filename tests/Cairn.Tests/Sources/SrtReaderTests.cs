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
    public void A_tool_that_names_the_speaker_only_when_the_turn_changes_continues_the_turn()
    {
        var text = "1\n00:00:01,000 --> 00:00:04,000\nDana Kerr: Okay, quick one.\n\n2\n00:00:04,000 --> 00:00:07,000\nI will send the plan to legal\n\n"
            + "3\n00:00:07,000 --> 00:00:09,000\nby Friday.\n\n4\n00:00:09,500 --> 00:00:12,000\nMark Obi: Great, thanks.\n";
        var doc = Read.Text("s.srt", text);

        Assert.Equal(
            [new Utterance("Dana Kerr", TimeSpan.FromSeconds(1), "Okay, quick one. I will send the plan to legal by Friday."), new Utterance("Mark Obi", TimeSpan.FromSeconds(9.5), "Great, thanks.")],
            doc.Utterances);
        Assert.DoesNotContain(doc.Participants, p => p.Name == "Unknown Speaker");
    }

    [Fact]
    public void A_txt_holding_srt_is_read_as_srt()
    {
        Assert.Equal("srt", Read.Text("captions.txt", "1\n00:00:01,000 --> 00:00:02,000\nHello\n").Format);
    }
}
