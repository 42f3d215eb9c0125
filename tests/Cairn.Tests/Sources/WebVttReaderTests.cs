using Cairn.Sources;

namespace Cairn.Tests.Sources;

public sealed class WebVttReaderTests
{
    [Fact]
    public void A_teams_guest_label_is_the_person_not_a_second_one()
    {
        // Teams writes a guest as "Name (External)" or "Name (Contoso)" in one cue and the plain name in another.
        var doc = Read.Text("t.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Mireille Okonkwo (External)>Hello</v>\n\n00:00:03.000 --> 00:00:04.000\n<v Mireille Okonkwo>Again</v>\n\n00:00:05.000 --> 00:00:06.000\n<v Dev Raman (Vantor Health)>Hi</v>\n");

        Assert.Equal(["Mireille Okonkwo", "Dev Raman"], doc.Participants.Select(p => p.Name));
    }

    [Fact]
    public void Skips_note_style_and_region_blocks_and_decodes_entities()
    {
        var doc = Read.Text("m.vtt", """
            WEBVTT - a header

            STYLE
            ::cue { color: red }

            NOTE a comment
            that spans lines

            intro
            00:00:01.000 --> 00:00:02.500 align:start
            <v Carlos Far&#237;as>Hola &amp; welcome</v>

            00:00:03.000 --> 00:00:04.000
            <v.loud Ana Lima>Multi
            line <b>cue</b></v>
            """);

        Assert.Equal(["Carlos Farías", "Ana Lima"], doc.Participants.Select(p => p.Name));
        Assert.Equal("Hola & welcome", doc.Utterances[0].Text);
        Assert.Equal("Multi line cue", doc.Utterances[1].Text);
        Assert.Equal(TimeSpan.FromSeconds(1), doc.Utterances[0].Start);
    }

    [Fact]
    public void Consecutive_cues_of_one_speaker_merge_and_negative_graph_times_parse()
    {
        var doc = Read.Text("g.vtt", "WEBVTT\n\n-0:0:1.5 --> 0:0:2\n<v Ana>One</v>\n\n0:0:2 --> 0:0:3.25\n<v Ana>two</v>\n\n0:0:4 --> 0:0:5\n<v Ben>Three</v>\n");

        Assert.Equal(2, doc.Utterances.Count);
        Assert.Equal("One two", doc.Utterances[0].Text);
        Assert.Equal(TimeSpan.FromSeconds(-1.5), doc.Utterances[0].Start);
        Assert.Equal("3", doc.Metadata!["segments"]);
    }

    [Fact]
    public void Zoom_name_prefixes_and_unidentified_cues()
    {
        var doc = Read.Text("z.vtt", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAna Lima: Hello\n\n2\n00:00:03.000 --> 00:00:04.000\nno speaker here\n");

        Assert.Equal("vtt/zoom", doc.Format);
        Assert.Equal(["Ana Lima", "Unknown Speaker"], doc.Utterances.Select(u => u.Speaker));
        Assert.Equal(["Ana Lima"], doc.Participants.Select(p => p.Name));
    }

    [Fact]
    public void Graph_metadata_content_cues_carry_json()
    {
        var doc = Read.Text("meta.vtt", "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n{\"startDateTime\":\"2025-01-01T10:00:00Z\",\"speakerName\":\"Ana Lima\",\"spokenText\":\"Hello there.\",\"spokenLanguage\":\"en-us\"}\n");

        Assert.Equal(new Utterance("Ana Lima", TimeSpan.Zero, "Hello there."), doc.Utterances[0]);
    }

    [Fact]
    public void Malformed_timing_is_a_failure_naming_the_line()
    {
        var error = Read.Failure("bad.vtt", "WEBVTT\n\n00:00:xx.000 --> 00:00:02.000\n<v Ana>Hi</v>\n"u8.ToArray());

        Assert.Contains("malformed cue timing '00:00:xx.000 --> 00:00:02.000'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_header_is_a_failure()
    {
        Assert.Contains("WEBVTT", Read.Failure("x.vtt", "00:00:01.000 --> 00:00:02.000\nHi\n"u8.ToArray()).Problem, StringComparison.Ordinal);
    }
}
