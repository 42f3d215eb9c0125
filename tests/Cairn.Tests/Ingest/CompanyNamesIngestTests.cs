namespace Cairn.Tests.Ingest;

/// <summary>
/// One company, one note, however the sources spell it: found in a by-hand walk, where a call's "Initech" and an
/// email signature's "Initech Systems" made two company notes.
/// </summary>
public sealed class CompanyNamesIngestTests
{
    private const string Call = "Initech security review\nDate: 2025-11-03\n\nCarla Mendes: Initech runs everything on premises today.\nJason Vallery: I'll send the SSO runbook by Friday.\n";
    private const string Renewal = "Initech Systems renewal\nDate: 2025-11-10\n\nCarla Mendes: Initech Systems runs the renewal in December.\nJason Vallery: I'll send the quote by Friday.\n";

    [Fact]
    public void A_later_source_that_adds_a_suffix_word_finds_the_company_already_in_the_vault()
    {
        using var vault = new IngestFixture();
        vault.Ingest(vault.Drop("a.txt", Call));
        Assert.True(vault.Exists("Companies/Initech.md"));

        vault.Ingest(vault.Drop("b.txt", Renewal));

        Assert.False(vault.Exists("Companies/Initech Systems.md"));
        Assert.Contains("Initech Systems", vault.Read("Companies/Initech.md").Split("---")[1], StringComparison.Ordinal);
        Assert.Contains("[[Initech]]", vault.Read(vault.Meeting("2025-11-10 - Initech Systems renewal.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_sources_of_one_run_give_the_company_note_both_names()
    {
        // Found in a by-hand walk: read in one run, the second source's spelling reached the link but not the aliases.
        using var vault = new IngestFixture();

        vault.Ingest(vault.Drop("a.txt", Call), vault.Drop("b.txt", Renewal));

        Assert.False(vault.Exists("Companies/Initech Systems.md"));
        Assert.Contains("Initech Systems", vault.Read("Companies/Initech.md").Split("---")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_source_without_the_suffix_word_finds_the_fuller_name_in_the_vault()
    {
        using var vault = new IngestFixture();
        vault.Ingest(vault.Drop("b.txt", Renewal));
        Assert.True(vault.Exists("Companies/Initech Systems.md"));

        vault.Ingest(vault.Drop("a.txt", Call));

        Assert.False(vault.Exists("Companies/Initech.md"));
        Assert.Contains("[[Initech Systems]]", vault.Read(vault.Meeting("2025-11-03 - Initech security review.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void One_source_naming_a_company_with_and_without_suffix_words_makes_one_note_under_the_fuller_name()
    {
        using var vault = new IngestFixture();

        vault.Ingest(vault.Drop("a.txt", Call + "Carla Mendes: Initech Systems signs the order. The legal entity is Initech Systems Ltd.\n"));

        Assert.Equal(["Initech Systems Ltd.md"], Directory.GetFiles(Path.Combine(vault.Root, "Companies")).Select(Path.GetFileName));
        var frontmatter = vault.Read("Companies/Initech Systems Ltd.md").Split("---")[1];
        Assert.Contains("Initech Systems", frontmatter, StringComparison.Ordinal);
        Assert.Contains("- Initech\n", frontmatter.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_email_from_the_ascii_domain_of_a_company_named_beyond_ascii_is_that_company()
    {
        // Found in a by-hand walk: orsted.example made a company "Orsted" beside the call's Ørsted.
        using var vault = new IngestFixture();
        vault.Ingest(vault.Drop("a.txt", "Ørsted offshore data review\nDate: 2025-11-03\n\nLars Østergaard: Ørsted runs eleven hundred turbines.\nJason Vallery: I'll send the sizing notes by Friday.\n"));

        vault.Ingest(vault.Drop("b.eml", "From: Lars Østergaard <lars@orsted.example>\nTo: Jason Vallery <jason@example.com>\nSubject: Re: sizing notes\nDate: Mon, 10 Nov 2025 10:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\nHi Jason,\n\nThanks, the notes helped. I'll share the broker metrics Monday.\n\nBest,\nLars\n\nLars Østergaard\nHead of Data Platform | Ørsted Group\n"));

        Assert.Equal(["Ørsted.md"], Directory.GetFiles(Path.Combine(vault.Root, "Companies")).Select(Path.GetFileName));
        Assert.Contains("[[Ørsted]]", vault.Read(vault.Meeting("2025-11-10 - sizing notes.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_companies_that_share_a_first_word_stay_two()
    {
        using var vault = new IngestFixture();

        vault.Ingest(vault.Drop("a.txt", "Partner review\nDate: 2025-11-03\n\nHannah Okafor: Northwind Traders runs the depots and Northwind Health runs the clinics.\nJason Vallery: Thanks.\nMarcus Lee: Noted.\n"));

        Assert.True(vault.Exists("Companies/Northwind Traders.md"));
        Assert.True(vault.Exists("Companies/Northwind Health.md"));
    }
}
