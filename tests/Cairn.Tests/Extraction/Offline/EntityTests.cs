using Cairn.Extraction;

namespace Cairn.Tests.Extraction.Offline;

public sealed class EntityTests
{
    private static IReadOnlyList<Entity> Entities(string text, params KnownEntity[] known) =>
        Docs.Extract(Docs.Transcript(("Jason Vallery", text), ("Ana Ruiz", "Ok.")), "Jason Vallery", known).Entities;

    [Fact]
    public void Sentence_openers_acronyms_and_common_nouns_are_not_entities()
    {
        var names = Entities("Thanks for the FRD. Checkpointing is slow. The SIEM team wants Monday.").Select(e => e.Name).ToList();
        Assert.Equal(["Jason Vallery", "Ana Ruiz"], names);
    }

    [Fact]
    public void A_country_state_or_city_said_alone_is_where_not_a_company()
    {
        var entities = Entities("We hardly have any users from Idaho. Dana is from Munich, and our rep at Contoso covers Texas. Boston Scientific signed.");
        Assert.DoesNotContain(entities, e => e.Name is "Idaho" or "Munich" or "Texas");
        Assert.Contains(entities, e => e.Name == "Contoso" && e.Kind == EntityKind.Company);
        Assert.Contains(entities, e => e.Name == "Boston Scientific" && e.Kind == EntityKind.Company);
    }

    [Fact]
    public void Clouds_resolve_to_their_companies_with_aliases()
    {
        var entities = Entities("We burst to Azure and also run on AWS and GCP.");
        Assert.Contains(entities, e => e.Name == "Microsoft" && e.Aliases.Contains("Azure") && e.Kind == EntityKind.Company);
        Assert.Contains(entities, e => e.Name == "Amazon" && e.Aliases.Contains("AWS"));
        Assert.Contains(entities, e => e.Name == "Google" && e.Aliases.Contains("GCP"));
    }

    [Fact]
    public void Company_shaped_names_products_and_mentioned_people_are_found()
    {
        var entities = Entities("The team at Northwind Robotics wants it in Confluence, and I'll loop in Marcus.");
        Assert.Contains(entities, e => e.Name == "Northwind Robotics" && e.Kind == EntityKind.Company);
        Assert.Contains(entities, e => e.Name == "Confluence" && e.Kind == EntityKind.Product);
        Assert.Contains(entities, e => e.Name == "Marcus" && e.Kind == EntityKind.Person);
    }

    [Fact]
    public void Nickname_beside_a_full_name_becomes_an_alias()
    {
        var entities = Entities("You should meet Mordechai Blaunstein (Morty) next week.");
        Assert.Contains(entities, e => e.Name == "Mordechai Blaunstein" && e.Aliases.Contains("Morty"));
    }

    [Fact]
    public void Known_people_match_by_alias()
    {
        var entities = Entities("I talked to Morty about it.", new KnownEntity("Mordechai Blaunstein", EntityKind.Person, ["Morty"]));
        Assert.Contains(entities, e => e.Name == "Mordechai Blaunstein");
        Assert.DoesNotContain(entities, e => e.Name == "Morty");
    }

    [Fact]
    public void People_only_talked_about_are_entities_not_participants()
    {
        var e = Docs.Extract(Docs.Transcript(("Alex Chen", "Jason Vallery asked for the pipeline summary."), ("Maria Gonzalez", "Ok."), ("Sam O'Neill", "Ok.")), "Jason Vallery");
        Assert.DoesNotContain("Jason Vallery", e.Participants);
        Assert.Contains(e.Entities, x => x.Name == "Jason Vallery");
    }

    [Fact]
    public void A_sentence_opening_company_that_acts_like_one_is_an_entity()
    {
        var entities = Entities("Adatum runs 400 GPUs today. It is twice the size of Litware's cluster, and Hannah came from Woodgrove last year.");
        Assert.Contains(entities, e => e.Name == "Adatum" && e.Kind == EntityKind.Company);
        Assert.Contains(entities, e => e.Name == "Litware" && e.Kind == EntityKind.Company);
        Assert.Contains(entities, e => e.Name == "Woodgrove" && e.Kind == EntityKind.Company);
    }

    [Fact]
    public void Teams_and_words_said_in_lower_case_elsewhere_are_not_companies()
    {
        var names = Entities("Marketing wants the deck. Security has questions about the security review. Everyone has a copy.").Select(e => e.Name).ToList();
        Assert.Equal(["Jason Vallery", "Ana Ruiz"], names);
    }

    [Fact]
    public void A_place_named_before_site_plant_or_office_is_no_company()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Sigrid Halvorsen", "The pilot runs at the Bergen plant first, the Oslo office joins later."),
            ("Tomasz Wrobel", "Bergen has the newest gateways, so that makes sense. Oslo wants the firmware first."),
            ("Jason Vallery", "Good.")));

        Assert.DoesNotContain(e.Entities, x => x.Name is "Bergen" or "Oslo");
    }

    [Fact]
    public void A_name_that_acts_like_a_company_and_has_no_site_is_still_one()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Sigrid Halvorsen", "Brightwater has the newest gateways."),
            ("Jason Vallery", "Good.")));

        Assert.Contains(e.Entities, x => x.Name == "Brightwater" && x.Kind == EntityKind.Company);
    }
}
