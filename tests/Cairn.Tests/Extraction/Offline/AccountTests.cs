using Cairn.Extraction;
using Cairn.Sources;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>Customer, internal or one-on-one, and the account, when no email domain settles it.</summary>
public sealed class AccountTests
{
    [Fact]
    public void A_company_the_title_names_makes_a_customer_meeting_with_that_account()
    {
        var e = Docs.Extract(Docs.Titled(
            "Woodgrove storage renewal kickoff",
            ("Hannah Okafor", "Our current contract ends in March."),
            ("Jason Vallery", "Understood. What matters most?"),
            ("Luis Romero", "Checkpoint time on our cluster.")));
        Assert.Equal(MeetingType.Customer, e.Type);
        Assert.Equal("Woodgrove", e.Account);
    }

    [Fact]
    public void A_kind_of_business_after_the_titles_company_is_part_of_its_name()
    {
        // People say "Fenwick"; the title writes the company in full.
        var e = Docs.Extract(Docs.Titled(
            "Fenwick Grocers renewal call",
            ("Ivy Moss", "Fenwick wants the same terms for the new stores."),
            ("Jason Vallery", "Understood. How many stores?"),
            ("Carl Dyer", "Fenwick opens six in spring.")));
        Assert.Equal(MeetingType.Customer, e.Type);
        Assert.Equal("Fenwick Grocers", e.Account);
    }

    [Fact]
    public void The_subject_names_the_company_in_full_where_the_domain_gives_one_word()
    {
        var mail = Docs.Email("Lena Park", ["Jason Vallery"], "Hi Jason,\n\nThanks for the kickoff. The pilot starts in two stores on Monday.\n\nLena");
        const string subject = "Recap: Contoso Foods pilot kickoff";
        var e = Docs.Extract(mail with { Title = subject, Email = mail.Email! with { Subject = subject } });
        Assert.Equal(MeetingType.Customer, e.Type);
        Assert.Equal("Contoso Foods", e.Account);
    }

    [Theory]
    [InlineData("Kestrel Marine - weekly sync", "Kestrel Marine")]
    [InlineData("Marwick storage renewal", "Marwick")]
    [InlineData("Decker Octavian pilot check-in", "Decker Octavian")]
    public void A_company_word_that_begins_like_a_month_or_day_is_no_date(string title, string account)
    {
        var e = Docs.Extract(Docs.Titled(title, ("Jason Vallery", "How are the lines doing?"), ("Sigrid Halvorsen", "Still waiting on firmware.")));

        Assert.Equal(MeetingType.Customer, e.Type);
        Assert.Equal(account, e.Account);
    }

    [Fact]
    public void A_company_whose_name_starts_with_a_number_word_is_named_whole()
    {
        var e = Docs.Extract(Docs.Titled(
            "Fourth Coffee pilot check-in",
            ("Ingrid Solberg", "The pilot has been running for three weeks now."),
            ("Jason Vallery", "Great. How is it going on your side?"),
            ("Ingrid Solberg", "Restores are about three times faster than with the old system.")));
        Assert.Equal(MeetingType.Customer, e.Type);
        Assert.Equal("Fourth Coffee", e.Account);
    }

    [Fact]
    public void A_company_the_other_person_speaks_for_makes_a_two_person_call_a_customer_meeting()
    {
        var e = Docs.Extract(Docs.Titled(
            "Intro call",
            ("Lena Park", "Adatum runs 400 GPUs for inference today."),
            ("Jason Vallery", "That's a lot. What hurts most?"),
            ("Lena Park", "Restores. Our platform team waits on them.")));
        Assert.Equal(MeetingType.Customer, e.Type);
        Assert.Equal("Adatum", e.Account);
    }

    [Fact]
    public void Two_colleagues_talking_about_a_customer_are_still_a_one_on_one()
    {
        var e = Docs.Extract(Docs.Titled(
            "Jason / Nina sync",
            ("Nina Brooks", "Adatum wants a revised quote. We should hold the price."),
            ("Jason Vallery", "I'll send the Adatum quote to you by Thursday.")));
        Assert.Equal(MeetingType.OneOnOne, e.Type);
        Assert.Equal("Nina Brooks", e.Account);
    }

    [Fact]
    public void Team_words_in_a_title_are_not_companies()
    {
        var e = Docs.Extract(Docs.Titled(
            "Platform team weekly",
            ("Maria Gonzalez", "The listing is live."),
            ("Sam O'Neill", "I'll update the region list."),
            ("Jason Vallery", "Good.")));
        Assert.Equal(MeetingType.Internal, e.Type);
        Assert.Null(e.Account);
    }

    [Fact]
    public void A_participant_the_vault_places_at_another_company_makes_it_a_customer_meeting()
    {
        var e = Docs.Extract(
            Docs.Titled("Weekly sync", ("Jason Vallery", "Let's start."), ("Lena Park", "Sure.")),
            "Jason Vallery",
            new KnownEntity("Lena Park", EntityKind.Person, [], Company: "Contoso"));
        Assert.Equal(MeetingType.Customer, e.Type);
        Assert.Equal("Contoso", e.Account);
    }

    [Fact]
    public void A_noun_shaped_title_word_in_a_meeting_without_the_owner_is_no_company()
    {
        var e = Docs.Extract(Docs.Titled(
            "Invoicing service sync",
            ("Hannah Weiss", "The retry queue is fixed."),
            ("Tomas Novak", "I'll update the runbook."),
            ("Priya Raman", "Thanks.")));
        Assert.Equal(MeetingType.Internal, e.Type);
    }

    [Fact]
    public void An_email_domain_that_spells_the_signatures_company_is_that_company()
    {
        var e = Docs.Extract(HaldenEmail("Re: Halden pilot invoice", "Sigrid Halvorsen\nHead of Operations Technology | Halden Marine"));

        Assert.Equal(MeetingType.Customer, e.Type);
        Assert.Equal("Halden Marine", e.Account);
        Assert.DoesNotContain(e.Entities, x => x.Name is "Haldenmarine" or "Halden");
    }

    [Fact]
    public void An_email_domain_or_title_word_that_spells_a_known_company_is_that_company()
    {
        var known = new KnownEntity("Halden Marine", EntityKind.Company, []);

        var email = Docs.Extract(HaldenEmail("Re: Halden pilot invoice", null), "Jason Vallery", known);
        var call = Docs.Extract(
            Docs.Titled("Halden pilot check-in", ("Jason Vallery", "How are lines three and four?"), ("Sigrid Halvorsen", "Still waiting on firmware.")),
            "Jason Vallery",
            known);

        Assert.Equal("Halden Marine", email.Account);
        Assert.Equal("Halden Marine", call.Account);
        Assert.DoesNotContain(email.Entities.Concat(call.Entities), x => x.Name is "Haldenmarine" or "Halden");
    }

    [Fact]
    public void An_email_domain_that_is_the_first_word_of_a_company_the_body_names_is_that_company()
    {
        // brightwater.example and "the call with Brightwater Energy" made two companies: "Brightwater" (the account) and "Brightwater Energy".
        var e = Docs.Extract(HaldenEmail(
            "RE: FW: Halden renewal - next steps",
            null,
            "halden.example",
            "Following up on Tuesday's call with Halden Marine. Sigrid confirmed they will sign the renewal once legal approves the DPA."));

        Assert.Equal("Halden Marine", e.Account);
        Assert.DoesNotContain(e.Entities, x => x.Name is "Halden");
    }

    [Fact]
    public void A_person_named_like_the_domain_is_not_its_company()
    {
        var e = Docs.Extract(HaldenEmail("Re: pilot invoice", null, "sigrid.example", "Thanks, Sigrid Halvorsen will release the payment on December 15."));

        Assert.NotEqual("Sigrid Halvorsen", e.Account);
    }

    private static SourceDocument HaldenEmail(string subject, string? signature, string domain = "haldenmarine.example", string text = "Thanks for the corrected invoice. Our accounts payable team will release the payment on December 15.")
    {
        var from = new Participant("Sigrid Halvorsen", "sigrid.halvorsen@" + domain);
        var email = new EmailParts(from, [new Participant("Jason Vallery", "jason@example.com")], [new Participant("Tomasz Wrobel", "tomasz.wrobel@" + domain)], subject, text, null,
            signature is null ? null : "Best regards,\n" + signature);
        return new SourceDocument("m.eml", "eml", SourceKind.Email, subject, Docs.Date, [], [], text, email);
    }
}
