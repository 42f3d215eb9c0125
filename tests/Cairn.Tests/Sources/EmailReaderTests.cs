using System.Text;
using Cairn.Sources;

namespace Cairn.Tests.Sources;

public sealed class EmailReaderTests
{
    [Fact]
    public void Html_body_becomes_text_and_blockquotes_become_the_quote()
    {
        var doc = Read.Text("2025-02-03 budget.eml", """
            From: "Ana Lima" <ana@acme.example>
            To: ben@acme.example, Cy Park <cy@acme.example>
            Subject: RE: Fwd: Budget
            MIME-Version: 1.0
            Content-Type: text/html; charset=utf-8

            <html><head><style>p{color:red}</style></head><body><p>Hi Ben,</p><p>Numbers are in &amp; approved.<br>Ship it.</p>
            <div>Thanks,<br>Ana</div>
            <blockquote><p>Can you approve?</p></blockquote></body></html>
            """);

        Assert.Equal("Budget", doc.Title);
        Assert.Equal(new DateOnly(2025, 2, 3), doc.Date);
        Assert.Equal(["Ana Lima", "Ben", "Cy Park"], doc.Participants.Select(p => p.Name));
        var email = doc.Email!;
        Assert.Equal("Hi Ben,\n\nNumbers are in & approved.\nShip it.", email.NewText);
        Assert.Equal("Thanks,\nAna", email.Signature);
        Assert.Equal("> Can you approve?", email.QuotedText);
        Assert.DoesNotContain("color", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_name_written_family_name_first_is_the_name_as_said()
    {
        var doc = Read.Text("m.eml", """
            From: "Tanaka, Hiroshi" <hiroshi.tanaka@acme.example>
            To: "Asante, Kwame" <kwame@acme.example>, "van Dijk, Anna Maria" <anna@acme.example>
            Cc: "Lee, Jr." <lee@acme.example>, "Acme, Inc." <info@acme.example>, "Ode, Ben, IT" <ben@acme.example>
            Subject: Budget
            Date: Wed, 25 Nov 2026 18:32:11 +0000

            Kwame, please tell the customer.
            """);

        Assert.Equal(["Hiroshi Tanaka", "Kwame Asante", "Anna Maria van Dijk", "Lee, Jr.", "Acme, Inc.", "Ode, Ben, IT"], doc.Participants.Select(p => p.Name));
    }

    [Fact]
    public void Outlook_original_message_and_header_block_start_the_quote()
    {
        var body = "Agreed, let's go.\n\n-- \nAna Lima | Acme\n\n-----Original Message-----\nFrom: Ben\nSent: Monday\nSubject: Plan\n\nPlan attached.";
        var doc = Read.Text("m.eml", $"From: Ana <ana@acme.example>\nSubject: Plan\nDate: Mon, 3 Feb 2025 10:00:00 +0000\n\n{body}");

        Assert.Equal("Agreed, let's go.", doc.Email!.NewText);
        Assert.Equal("-- \nAna Lima | Acme", doc.Email.Signature);
        Assert.StartsWith("-----Original Message-----", doc.Email.QuotedText, StringComparison.Ordinal);

        var outlook = Read.Text("o.eml", "From: Ana <ana@acme.example>\nSubject: Plan\n\nSure thing.\n\nFrom: Ben Ode <ben@acme.example>\nSent: Monday, February 3, 2025 9:00 AM\nTo: Ana\nSubject: Plan\n\nCan you?");
        Assert.Equal("Sure thing.", outlook.Email!.NewText);
        Assert.StartsWith("From: Ben Ode", outlook.Email.QuotedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrapped_on_wrote_line_and_a_txt_email_is_detected()
    {
        var doc = Read.Text("thread.txt", "From: Ana <ana@acme.example>\nTo: Ben <ben@acme.example>\nSubject: Hi\nDate: Tue, 4 Feb 2025 08:00:00 -0800\n\nYes.\n\nOn Mon, Feb 3, 2025 at 9:00 AM Ben Ode <\nben@acme.example> wrote:\n> Ok?\n");

        Assert.Equal("eml", doc.Format);
        Assert.Equal(new DateOnly(2025, 2, 4), doc.Date);
        Assert.Equal("Yes.", doc.Email!.NewText);
        Assert.Null(doc.Email.Signature);
    }

    [Fact]
    public void Text_without_headers_is_not_an_email()
    {
        Read.Failure("x.eml", Encoding.UTF8.GetBytes("just some words\nand more words\n"));
    }
}
